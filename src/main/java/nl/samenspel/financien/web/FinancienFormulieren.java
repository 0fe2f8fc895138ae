package nl.samenspel.financien.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The form objects of the financien pages. */
public final class FinancienFormulieren {

    private FinancienFormulieren() {}

    /**
     * The key: the kind, and per participating municipality (repeated fields, in the same order) its code and its
     * share or usage as typed.
     */
    public record SleutelFormulier(
            @Nullable String soort,
            @Nullable List<String> gemeente,
            @Nullable List<String> deel,
            @Nullable String versie) {

        public Map<String, String> waarden() {
            Map<String, String> w = new HashMap<>();
            w.put("soort", soort);
            List<String> codes = gemeente == null ? List.of() : gemeente;
            List<String> delen = deel == null ? List.of() : deel;
            for (int i = 0; i < codes.size() && i < delen.size(); i++) {
                w.put("deel-" + codes.get(i), delen.get(i));
            }
            if (versie != null) {
                w.put("versie", versie);
            }
            return w;
        }
    }

    public record BegrotingFormulier(
            @Nullable String jaar,
            @Nullable String totaal,
            @Nullable String versie) {
        public Map<String, String> waarden() {
            Map<String, String> w = new HashMap<>();
            w.put("totaal", totaal);
            if (versie != null) {
                w.put("versie", versie);
            }
            return w;
        }
    }

    public record GebeurtenisFormulier(
            @Nullable String soort,
            @Nullable String jaar,
            @Nullable String bedrag,
            @Nullable String bekendOp,
            @Nullable String omschrijving,
            @Nullable String versie) {
        public Map<String, String> waarden() {
            Map<String, String> w = new HashMap<>();
            w.put("soort", soort);
            w.put("jaar", jaar);
            w.put("bedrag", bedrag);
            w.put("bekendOp", bekendOp);
            w.put("omschrijving", omschrijving);
            if (versie != null) {
                w.put("versie", versie);
            }
            return w;
        }
    }

    public record RaadFormulier(
            @Nullable String gemeente,
            @Nullable String geinformeerdOp,
            @Nullable String wijze,
            @Nullable String toelichting,
            @Nullable String versie) {
        public Map<String, String> waarden() {
            Map<String, String> w = new HashMap<>();
            w.put("gemeente", gemeente);
            w.put("geinformeerdOp", geinformeerdOp);
            w.put("wijze", wijze);
            w.put("toelichting", toelichting);
            if (versie != null) {
                w.put("versie", versie);
            }
            return w;
        }
    }

    public record InstellingenFormulier(
            @Nullable String informatietermijnDagen,
            @Nullable String versie) {
        public Map<String, String> waarden() {
            Map<String, String> w = new HashMap<>();
            w.put("informatietermijnDagen", informatietermijnDagen);
            if (versie != null) {
                w.put("versie", versie);
            }
            return w;
        }
    }
}
