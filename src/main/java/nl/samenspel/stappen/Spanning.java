package nl.samenspel.stappen;

import java.util.List;

/** A source of tension and how the parties will handle it. {@code partijen}: CBS codes of those involved. */
public record Spanning(
        long id,
        String omschrijving,
        SpanningSoort soort,
        List<String> partijen,
        String hantering,
        String escalatieroute,
        String backofficeFrontoffice,
        SpanningStatus status,
        long versie) {

    public Spanning {
        partijen = List.copyOf(partijen);
    }
}
