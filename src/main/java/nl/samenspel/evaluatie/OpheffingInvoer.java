package nl.samenspel.evaluatie;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What the regisseur sends for the opheffing; {@code status} null is AANGEKONDIGD. */
public record OpheffingInvoer(
        @Nullable LocalDate besluitdatum,
        @Nullable LocalDate ingangsdatum,
        @Nullable String vereffening,
        @Nullable String vereffenaar,
        @Nullable OpheffingStatus status) {}
