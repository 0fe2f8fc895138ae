package nl.samenspel.stappen;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What users send, as typed (strings), validated by {@link Stappen}. */
public final class Invoer {

    private Invoer() {}

    public record DoelInvoer(
            @Nullable String soort,
            @Nullable String tekst,
            @Nullable String bronGemeente) {}

    public record WerkwijzeInvoer(
            @Nullable String wieDoetWat,
            @Nullable String afsprakenMaken,
            @Nullable String levering,
            @Nullable String sturing,
            @Nullable String bijsturing) {}

    public record SpanningInvoer(
            @Nullable String omschrijving,
            @Nullable String soort,
            @Nullable List<String> partijen,
            @Nullable String hantering,
            @Nullable String escalatieroute,
            @Nullable String backofficeFrontoffice,
            @Nullable String status,
            @Nullable String datum) {

        /** Without a day: a new tension is of today, a changed one keeps its day. */
        public SpanningInvoer(
                @Nullable String omschrijving,
                @Nullable String soort,
                @Nullable List<String> partijen,
                @Nullable String hantering,
                @Nullable String escalatieroute,
                @Nullable String backofficeFrontoffice,
                @Nullable String status) {
            this(omschrijving, soort, partijen, hantering, escalatieroute, backofficeFrontoffice, status, null);
        }
    }

    /**
     * A decision of a municipality's deciding body on a step. {@code gemeente}: the municipality's code (empty:
     * the user's own); {@code orgaan}: COLLEGE, BURGEMEESTER or RAAD; {@code datum}: yyyy-MM-dd, empty = today,
     * never in the future; {@code referentie}: a decision number or a link, required.
     */
    public record VaststellingInvoer(
            @Nullable String gemeente,
            @Nullable String orgaan,
            @Nullable String datum,
            @Nullable String referentie) {}

    public record DynamiekInvoer(
            @Nullable String gedrag,
            @Nullable String eigenNaam,
            @Nullable String botsing,
            @Nullable String omgang) {}
}
