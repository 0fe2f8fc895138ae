package nl.samenspel.samenwerking;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Input for a new samenwerking. {@code regisseur} is only used when a BEHEERDER creates it; a REGISSEUR
 * always leads what they create.
 */
public record NieuweSamenwerking(
        @Nullable String titel,
        @Nullable String omschrijving,
        @Nullable List<String> gemeenten,
        @Nullable String regisseur) {}
