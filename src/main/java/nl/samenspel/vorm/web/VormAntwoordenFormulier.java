package nl.samenspel.vorm.web;

import java.util.HashMap;
import java.util.Map;
import nl.samenspel.platform.Fouten;
import nl.samenspel.vorm.Antwoorden;
import nl.samenspel.vorm.Risico;
import org.jspecify.annotations.Nullable;

/**
 * The questions of the form advice as typed: {@code ja}, {@code nee} or empty (not answered) for the yes/no
 * questions, {@code LAAG}/{@code MIDDEL}/{@code HOOG} or empty for the risk; {@code versie} as seen.
 */
public record VormAntwoordenFormulier(
        @Nullable String personeel,
        @Nullable String vermogen,
        @Nullable String heffingen,
        @Nullable String alleenBedrijfsvoering,
        @Nullable String maatwerk,
        @Nullable String risico,
        @Nullable String versie) {

    public static final String JA = "ja";
    public static final String NEE = "nee";
    public static final String ONBEKEND = "onbekend";

    /** The answers; throws OngeldigeInvoerException naming every field that holds something else. */
    public Antwoorden antwoorden() {
        Fouten fouten = new Fouten();
        Antwoorden a = new Antwoorden(
                jaNee(fouten, "personeel", personeel),
                jaNee(fouten, "vermogen", vermogen),
                jaNee(fouten, "heffingen", heffingen),
                jaNee(fouten, "alleenBedrijfsvoering", alleenBedrijfsvoering),
                jaNee(fouten, "maatwerk", maatwerk),
                risico(fouten));
        fouten.gooiAlsNietLeeg();
        return a;
    }

    private static @Nullable Boolean jaNee(Fouten fouten, String veld, @Nullable String waarde) {
        if (waarde == null || waarde.isBlank() || waarde.equals(ONBEKEND)) {
            return null;
        }
        if (waarde.equals(JA)) {
            return true;
        }
        if (waarde.equals(NEE)) {
            return false;
        }
        fouten.voeg(veld, "vorm.fout.antwoord");
        return null;
    }

    private @Nullable Risico risico(Fouten fouten) {
        if (risico == null || risico.isBlank() || risico.equals(ONBEKEND)) {
            return null;
        }
        try {
            return Risico.valueOf(risico);
        } catch (IllegalArgumentException e) {
            fouten.voeg("risico", "vorm.fout.antwoord");
            return null;
        }
    }

    /** As typed, to show again after a refusal. */
    public Map<String, String> waarden() {
        Map<String, String> w = new HashMap<>();
        w.put("personeel", personeel == null ? "" : personeel);
        w.put("vermogen", vermogen == null ? "" : vermogen);
        w.put("heffingen", heffingen == null ? "" : heffingen);
        w.put("alleenBedrijfsvoering", alleenBedrijfsvoering == null ? "" : alleenBedrijfsvoering);
        w.put("maatwerk", maatwerk == null ? "" : maatwerk);
        w.put("risico", risico == null ? "" : risico);
        return w;
    }
}
