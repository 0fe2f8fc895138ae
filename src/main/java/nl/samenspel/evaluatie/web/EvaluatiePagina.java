package nl.samenspel.evaluatie.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.samenspel.evaluatie.Actie;
import nl.samenspel.evaluatie.Evaluatie;
import nl.samenspel.evaluatie.Opheffing;
import nl.samenspel.evaluatie.Uittreding;
import nl.samenspel.gemeente.Gemeente;
import nl.samenspel.platform.Fouten;
import nl.samenspel.platform.Tijdstip;
import nl.samenspel.regeling.RegelingOnderdeel;
import nl.samenspel.regeling.Regelinginhoud;
import nl.samenspel.samenwerking.Samenwerking;
import org.jspecify.annotations.Nullable;

/**
 * What the evaluation and exit templates get.
 *
 * @param vandaag the Dutch day against which "over tijd" is shown
 * @param regeling what the regeling says about the items this page is about
 * @param evaluatie the evaluation of an evaluation or action page, null elsewhere
 * @param actie the action of an action page, null elsewhere
 * @param uittreding the uittreding of an uittreding page, null elsewhere
 * @param opheffing the recorded opheffing, null while none (shown on every page of the module)
 * @param aankondigbaar the municipalities this user may announce an uittreding for
 * @param waarden what was typed (after an error), empty otherwise
 * @param melding a message key for the top of the page, or null
 */
public record EvaluatiePagina(
        Samenwerking s,
        LocalDate vandaag,
        List<RegelingRegel> regeling,
        List<Evaluatie> evaluaties,
        @Nullable Evaluatie evaluatie,
        @Nullable Actie actie,
        List<Uittreding> uittredingen,
        @Nullable Uittreding uittreding,
        @Nullable Opheffing opheffing,
        boolean kanEvalueren,
        boolean kanActieAfronden,
        boolean kanUittredingWijzigen,
        boolean kanUittredingAfronden,
        boolean kanOpheffen,
        List<Gemeente> aankondigbaar,
        @Nullable Fouten fouten,
        Map<String, String> waarden,
        @Nullable String melding,
        String meldingSoort) {

    public EvaluatiePagina {
        regeling = List.copyOf(regeling);
        evaluaties = List.copyOf(evaluaties);
        uittredingen = List.copyOf(uittredingen);
        aankondigbaar = List.copyOf(aankondigbaar);
    }

    /** One item of the regeling and its mark; {@code item} null when the chosen form (or none) does not ask for it. */
    public record RegelingRegel(RegelingOnderdeel onderdeel, Regelinginhoud.@Nullable Item item) {

        public boolean geregeld() {
            return item != null && item.status() != null;
        }
    }

    /** The name of a municipality that takes or took part, or the code. */
    public String gemeenteNaam(String code) {
        for (Gemeente g : s.gemeenten()) {
            if (g.code().equals(code)) {
                return g.naam();
            }
        }
        return s.vertrokken().stream()
                .filter(v -> v.code().equals(code))
                .map(v -> v.gemeente().naam())
                .findFirst()
                .orElse(code);
    }

    public String dag(@Nullable LocalDate dag) {
        return dag == null ? "" : Tijdstip.dag(dag);
    }

    public String waarde(String veld, @Nullable String anders) {
        String w = waarden.get(veld);
        return w != null ? w : anders == null ? "" : anders;
    }

    public String waarde(String veld, @Nullable LocalDate anders) {
        return waarde(veld, anders == null ? null : anders.toString());
    }

    /** The opheffing has taken effect: the samenwerking is dissolved. */
    public boolean opgeheven() {
        return opheffing != null && opheffing.afgerond();
    }
}
