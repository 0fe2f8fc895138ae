package nl.samenspel.samenwerking;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A full edit by the regisseur; {@code gearchiveerd} null leaves the archive state as it is. */
public record SamenwerkingWijziging(
        @Nullable String titel,
        @Nullable String omschrijving,
        @Nullable List<String> gemeenten,
        @Nullable Boolean gearchiveerd) {}
