package nl.samenspel.stappen;

import java.util.List;

/** What users send, as typed (strings), validated by {@link Stappen}. */
public final class Invoer {

    private Invoer() {}

    public record DoelInvoer(String soort, String tekst, String bronGemeente) {}

    public record WerkwijzeInvoer(
            String wieDoetWat, String afsprakenMaken, String levering, String sturing, String bijsturing) {}

    public record SpanningInvoer(
            String omschrijving,
            String soort,
            List<String> partijen,
            String hantering,
            String escalatieroute,
            String backofficeFrontoffice,
            String status) {}

    public record DynamiekInvoer(String gedrag, String eigenNaam, String botsing, String omgang) {}
}
