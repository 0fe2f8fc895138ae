package nl.samenspel.vorm.web;

import java.util.List;
import java.util.Map;
import nl.samenspel.platform.Fouten;
import nl.samenspel.platform.Melding;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.vorm.Antwoorden;
import nl.samenspel.vorm.Geschiktheid;
import nl.samenspel.vorm.VormAntwoorden;
import nl.samenspel.vorm.Vormadvies;
import nl.samenspel.vorm.Vormbesluit;
import nl.samenspel.vorm.Vormen;
import org.jspecify.annotations.Nullable;

/**
 * What the form page shows: whether the step is open (and else what is missing), the answers, the advice, the
 * current decision with its history, and whether this user may answer and decide.
 *
 * @param waarden the forms as typed after a refusal (empty otherwise)
 */
public record VormPagina(
        Samenwerking s,
        boolean open,
        List<Melding> ontbreekt,
        @Nullable Vormadvies advies,
        VormAntwoorden antwoorden,
        @Nullable Vormbesluit besluit,
        List<Vormen.Wisseling> historie,
        boolean regisseur,
        @Nullable String melding,
        @Nullable Fouten fouten,
        Map<String, String> waarden) {

    /** The typed value after a refusal, else the stored one. */
    public String waarde(String naam, @Nullable String opgeslagen) {
        String w = waarden.get(naam);
        return w != null ? w : opgeslagen == null ? "" : opgeslagen;
    }

    public String antwoord(String naam) {
        Antwoorden a = antwoorden.antwoorden();
        @Nullable
        Object waarde = switch (naam) {
            case "personeel" -> a.personeel();
            case "vermogen" -> a.vermogen();
            case "heffingen" -> a.heffingen();
            case "alleenBedrijfsvoering" -> a.alleenBedrijfsvoering();
            case "maatwerk" -> a.maatwerk();
            case "risico" -> a.risico();
            default -> throw new IllegalArgumentException(naam);
        };
        String opgeslagen = waarde == null
                ? VormAntwoordenFormulier.ONBEKEND
                : waarde instanceof Boolean b
                        ? (b ? VormAntwoordenFormulier.JA : VormAntwoordenFormulier.NEE)
                        : waarde.toString();
        String w = waarde(naam, opgeslagen);
        return w.isBlank() ? VormAntwoordenFormulier.ONBEKEND : w;
    }

    /** What the advice says of the decided form (null without a decision or while the step is closed). */
    public @Nullable Geschiktheid oordeelGekozen() {
        return besluit == null || advies == null
                ? null
                : advies.van(besluit.vorm()).geschiktheid();
    }

    /** The decided form is one the advice rates PAST_NIET, and the decision gives no reason: ask for one. */
    public boolean motiveringGevraagd() {
        String m = besluit == null ? null : besluit.motivering();
        return oordeelGekozen() == Geschiktheid.PAST_NIET && (m == null || m.isBlank());
    }
}
