package nl.samenspel.stappen;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A source of tension and how the parties will handle it. {@code partijen}: CBS codes of those involved. */
public record Spanning(
        long id,
        String omschrijving,
        SpanningSoort soort,
        List<String> partijen,
        @Nullable String hantering,
        @Nullable String escalatieroute,
        @Nullable String backofficeFrontoffice,
        SpanningStatus status,
        long versie) {

    public Spanning {
        partijen = List.copyOf(partijen);
    }
}
