package nl.samenspel.gesprek.web;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The page forms of the conversations and the question bank. */
public final class GesprekFormulieren {

    private GesprekFormulieren() {}

    public record Nieuw(
            @Nullable String dvo,
            @Nullable String datum,
            @Nullable String rapportage) {
        public Map<String, String> waarden() {
            Map<String, String> w = new HashMap<>();
            w.put("dvo", dvo);
            w.put("datum", datum);
            w.put("rapportage", rapportage);
            return w;
        }
    }

    public record Verslag(@Nullable String versie, @Nullable String verslag) {
        public Map<String, String> waarden() {
            Map<String, String> w = new HashMap<>();
            w.put("versie", versie);
            w.put("verslag", verslag);
            return w;
        }
    }

    public record Bijsturing(
            @Nullable String tekst, @Nullable String nieuweDvoVersie) {
        public Map<String, String> waarden() {
            Map<String, String> w = new HashMap<>();
            w.put("tekst", tekst);
            w.put("nieuweDvoVersie", nieuweDvoVersie);
            return w;
        }
    }

    public record Actie(
            @Nullable String versie,
            @Nullable String omschrijving,
            @Nullable String eigenaar,
            @Nullable String deadline,
            @Nullable String afgerond) {
        public Map<String, String> waarden() {
            Map<String, String> w = new HashMap<>();
            w.put("omschrijving", omschrijving);
            w.put("eigenaar", eigenaar);
            w.put("deadline", deadline);
            return w;
        }
    }

    public record Vraag(
            @Nullable String versie,
            @Nullable String soort,
            @Nullable String tekst) {
        public Map<String, String> waarden() {
            Map<String, String> w = new HashMap<>();
            w.put("soort", soort);
            w.put("tekst", tekst);
            return w;
        }
    }

    /** Moving (richting OMHOOG or OMLAAG) or deleting a question: only its version. */
    public record Knop(@Nullable String versie, @Nullable String richting) {}
}
