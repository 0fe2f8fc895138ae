package nl.samenspel.toets.controles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.samenspel.evaluatie.EvaluatieFeiten;
import nl.samenspel.evaluatie.EvaluatieFeiten.Opheffing;
import nl.samenspel.evaluatie.EvaluatieFeiten.Uittreding;
import nl.samenspel.evaluatie.UittredingStatus;
import nl.samenspel.platform.Tijdstip;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;

/**
 * Rule 3: an exit nobody designed is what makes a parting expensive and bitter. An uittreding (not withdrawn) whose
 * conditions and settlement are not recorded, when it took effect or its day is at most {@link #DAGEN_VOORAF} days
 * after the peildatum, gives one finding (onderwerp its id; arguments 0, the party's name, its day); an opheffing
 * without a recorded vereffening likewise (onderwerp {@link #OPHEFFING}; arguments 1, "", its day). RISICO when the
 * day has passed or it took effect, AANDACHT while it is still ahead.
 */
@Regelcontrole(id = "R3.9", ernst = Ernst.RISICO, vanaf = Fase.AFSPREKEN)
class UittredingOngeregeld extends Basiscontrole {

    static final int DAGEN_VOORAF = 90;
    static final String OPHEFFING = "OPHEFFING";

    @Override
    List<Signaal> signalen(ToetsFeiten f) {
        List<Signaal> uit = new ArrayList<>();
        LocalDate peil = f.peildatum();
        for (Uittreding u : f.evaluatie().uittredingen()) {
            if (u.status() != UittredingStatus.INGETROKKEN && !u.voorwaardenGeregeld()) {
                boolean voorbij =
                        u.status() == UittredingStatus.AFGEROND || !u.datum().isAfter(peil);
                if (voorbij || dichtbij(u.datum(), peil)) {
                    Signaal s = Signaal.over(
                            String.valueOf(u.id()), "0", f.naam(u.gemeenteCode()), Tijdstip.DAG.format(u.datum()));
                    uit.add(voorbij ? s : s.metErnst(Ernst.AANDACHT));
                }
            }
        }
        Opheffing o = f.evaluatie().opheffing();
        if (o != null && !o.vereffeningGeregeld()) {
            boolean voorbij = o.afgerond() || !o.datum().isAfter(peil);
            if (voorbij || dichtbij(o.datum(), peil)) {
                Signaal s = Signaal.over(OPHEFFING, "1", "", Tijdstip.DAG.format(o.datum()));
                uit.add(voorbij ? s : s.metErnst(Ernst.AANDACHT));
            }
        }
        return uit;
    }

    private static boolean dichtbij(LocalDate datum, LocalDate peil) {
        return !datum.isAfter(peil.plusDays(DAGEN_VOORAF));
    }

    /** Conditions (or the vereffening) recorded: repaired. Withdrawn, removed or moved far ahead: lapsed. */
    @Override
    public String opgelost(String onderwerp, ToetsFeiten f) {
        EvaluatieFeiten.Stand e = f.evaluatie();
        if (OPHEFFING.equals(onderwerp)) {
            Opheffing o = e.opheffing();
            return o != null && o.vereffeningGeregeld() ? sleutel("opgelost") : VERVALLEN;
        }
        return e.uittredingen().stream()
                        .anyMatch(u -> String.valueOf(u.id()).equals(onderwerp)
                                && u.status() != UittredingStatus.INGETROKKEN
                                && u.voorwaardenGeregeld())
                ? sleutel("opgelost")
                : VERVALLEN;
    }
}
