package nl.samenspel.vorm.web;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The decision form as typed: the form (a {@code Vorm} name), reason, day, deciding body and the version seen. */
public record VormbesluitFormulier(
        @Nullable String vorm,
        @Nullable String motivering,
        @Nullable String datum,
        @Nullable String besluitOrgaan,
        @Nullable String versie) {

    public Map<String, String> waarden() {
        Map<String, String> w = new HashMap<>();
        w.put("vorm", vorm == null ? "" : vorm);
        w.put("motivering", motivering == null ? "" : motivering);
        w.put("datum", datum == null ? "" : datum);
        w.put("besluitOrgaan", besluitOrgaan == null ? "" : besluitOrgaan);
        return w;
    }
}
