package nl.samenspel.afspraken.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The page forms of the agreements module; each keeps what was typed, to show the form again after an error. */
final class Formulieren {

    private Formulieren() {}

    /** A service, new or changed. */
    record DienstFormulier(
            @Nullable String naam,
            @Nullable String backoffice,
            @Nullable String versie) {
        Map<String, String> waarden() {
            Map<String, String> w = new HashMap<>();
            w.put("naam", naam);
            w.put("backoffice", backoffice);
            if (versie != null) {
                w.put("versie", versie);
            }
            return w;
        }
    }

    /** A front-office variant; its name field is {@code variantnaam} (the service form has {@code naam}). */
    record VariantFormulier(
            @Nullable String variantnaam,
            @Nullable String omschrijving,
            @Nullable List<String> gemeenten) {
        Map<String, String> waarden() {
            Map<String, String> w = new HashMap<>();
            w.put("variantnaam", variantnaam);
            w.put("omschrijving", omschrijving);
            w.put("gemeenten", gemeenten == null ? "" : String.join(",", gemeenten));
            return w;
        }
    }

    record WensFormulier(
            @Nullable String gemeente, @Nullable String tekst) {
        Map<String, String> waarden() {
            Map<String, String> w = new HashMap<>();
            w.put("gemeente", gemeente);
            w.put("tekst", tekst);
            return w;
        }
    }

    record InstellingenFormulier(
            @Nullable String indicatorplafond, @Nullable String versie) {
        Map<String, String> waarden() {
            Map<String, String> w = new HashMap<>();
            w.put("indicatorplafond", indicatorplafond);
            return w;
        }
    }

    record DvoFormulier(@Nullable String gemeente, @Nullable String jaar) {
        Map<String, String> waarden() {
            Map<String, String> w = new HashMap<>();
            w.put("gemeente", gemeente);
            w.put("jaar", jaar);
            return w;
        }
    }

    /** A line; {@code indicatoren} one per line of text; {@code status} blank for the default. */
    record RegelFormulier(
            @Nullable String dienst,
            @Nullable String variant,
            @Nullable String resultaat,
            @Nullable String processtappen,
            @Nullable String indicatoren,
            @Nullable String indicatorReden,
            @Nullable String prijs,
            @Nullable String volume,
            @Nullable String eenheid,
            @Nullable String status,
            @Nullable String versie) {
        Map<String, String> waarden() {
            Map<String, String> w = new HashMap<>();
            w.put("dienst", dienst);
            w.put("variant", variant);
            w.put("resultaat", resultaat);
            w.put("processtappen", processtappen);
            w.put("indicatoren", indicatoren);
            w.put("indicatorReden", indicatorReden);
            w.put("prijs", prijs);
            w.put("volume", volume);
            w.put("eenheid", eenheid);
            w.put("status", status);
            if (versie != null) {
                w.put("versie", versie);
            }
            return w;
        }
    }

    record HerzieningFormulier(
            @Nullable String reden, @Nullable String versie) {
        Map<String, String> waarden() {
            Map<String, String> w = new HashMap<>();
            w.put("reden", reden);
            return w;
        }
    }

    record RekFormulier(
            @Nullable String uren,
            @Nullable String euro,
            @Nullable String toelichting,
            @Nullable String versie) {
        Map<String, String> waarden() {
            Map<String, String> w = new HashMap<>();
            w.put("uren", uren);
            w.put("euro", euro);
            w.put("toelichting", toelichting);
            return w;
        }
    }

    /** A use of the rek; its fields are named apart from the rek form's. */
    record GebruikFormulier(
            @Nullable String datum,
            @Nullable String gebruikUren,
            @Nullable String gebruikEuro,
            @Nullable String waarvoor) {
        Map<String, String> waarden() {
            Map<String, String> w = new HashMap<>();
            w.put("datum", datum);
            w.put("gebruikUren", gebruikUren);
            w.put("gebruikEuro", gebruikEuro);
            w.put("waarvoor", waarvoor);
            return w;
        }
    }

    record MomentFormulier(
            @Nullable String momentDatum, @Nullable String onderwerp) {
        Map<String, String> waarden() {
            Map<String, String> w = new HashMap<>();
            w.put("momentDatum", momentDatum);
            w.put("onderwerp", onderwerp);
            return w;
        }
    }
}
