package nl.samenspel.afspraken;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a user sends for a DVO and its parts; the service checks it. */
public final class DvoInvoer {

    private DvoInvoer() {}

    /** A new DVO: which client municipality, which year. */
    public record Nieuw(@Nullable String gemeente, @Nullable Integer jaar) {}

    /**
     * A line. {@code status} null takes the default (INDICATIEF during a running transition period, VAST otherwise).
     */
    public record Regel(
            @Nullable Long dienst,
            @Nullable Long variant,
            @Nullable String resultaat,
            @Nullable String processtappen,
            @Nullable List<String> indicatoren,
            @Nullable String indicatorReden,
            @Nullable BigDecimal prijs,
            @Nullable BigDecimal volume,
            @Nullable String eenheid,
            @Nullable RegelStatus status) {}

    /** The rek: hours and/or euros reserved, and why. */
    public record Rek(
            @Nullable BigDecimal uren,
            @Nullable BigDecimal euro,
            @Nullable String toelichting) {}

    /** One use of the rek: hours or euros (not both empty). */
    public record Gebruik(
            @Nullable LocalDate datum,
            @Nullable BigDecimal uren,
            @Nullable BigDecimal euro,
            @Nullable String waarvoor) {}

    public record Moment(
            @Nullable LocalDate datum, @Nullable String onderwerp) {}
}
