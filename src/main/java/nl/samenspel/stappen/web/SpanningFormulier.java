package nl.samenspel.stappen.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A tension between the partners (new or changed); {@code versie} only when changing one. */
public record SpanningFormulier(
        @Nullable String omschrijving,
        @Nullable String soort,
        @Nullable List<String> partijen,
        @Nullable String hantering,
        @Nullable String escalatieroute,
        @Nullable String backofficeFrontoffice,
        @Nullable String status,
        @Nullable String versie,
        @Nullable String datum) {

    /** The ticked partners; none ticked binds as {@code null}. */
    public List<String> gekozenPartijen() {
        return partijen == null ? List.of() : partijen;
    }

    /** What was typed, to show the form again; the partners comma-separated. */
    public Map<String, String> waarden() {
        Map<String, String> w = new HashMap<>();
        w.put("omschrijving", omschrijving);
        w.put("soort", soort);
        w.put("partijen", String.join(",", gekozenPartijen()));
        w.put("hantering", hantering);
        w.put("escalatieroute", escalatieroute);
        w.put("backofficeFrontoffice", backofficeFrontoffice);
        w.put("status", status);
        w.put("datum", datum);
        if (versie != null) {
            w.put("versie", versie);
        }
        return w;
    }
}
