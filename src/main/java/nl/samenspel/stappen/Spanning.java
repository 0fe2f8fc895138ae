package nl.samenspel.stappen;

import java.time.LocalDate;
import java.util.List;
import nl.samenspel.platform.Gebeurdatum;
import org.jspecify.annotations.Nullable;

/**
 * A source of tension and how the parties will handle it. {@code partijen}: CBS codes of those involved;
 * {@code datum}: the day it arose or was named (recorded afterwards it may lie in the past).
 */
public record Spanning(
        long id,
        String omschrijving,
        SpanningSoort soort,
        List<String> partijen,
        @Nullable String hantering,
        @Nullable String escalatieroute,
        @Nullable String backofficeFrontoffice,
        SpanningStatus status,
        long versie,
        LocalDate datum) {

    /** A tension named today. */
    public Spanning(
            long id,
            String omschrijving,
            SpanningSoort soort,
            List<String> partijen,
            @Nullable String hantering,
            @Nullable String escalatieroute,
            @Nullable String backofficeFrontoffice,
            SpanningStatus status,
            long versie) {
        this(
                id,
                omschrijving,
                soort,
                partijen,
                hantering,
                escalatieroute,
                backofficeFrontoffice,
                status,
                versie,
                Gebeurdatum.vandaag());
    }

    public Spanning {
        partijen = List.copyOf(partijen);
    }
}
