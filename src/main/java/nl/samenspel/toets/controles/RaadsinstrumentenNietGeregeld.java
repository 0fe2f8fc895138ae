package nl.samenspel.toets.controles;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.samenspel.bestuur.Lijn;
import nl.samenspel.regeling.RegelingFeiten;
import nl.samenspel.regeling.RegelingOnderdeel;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;
import nl.samenspel.vorm.Vorm;

/**
 * Rule 2: the councils keep something to say only when the regeling arranges their instruments. For a chosen Wgr
 * form that sets up a body ({@code wgr() && nieuwLichaam()}), each item of {@link RegelingOnderdeel#RAADSINSTRUMENTEN}
 * that {@link RegelingOnderdeel#vereistVoor} lists for the form and that is not marked as arranged gives one finding
 * (onderwerp the item's name; argument its number in {@link #INSTRUMENTEN}, the sentence names it). The
 * adviescommissie is optional: it also counts as done when it was considered and deliberately left out
 * ({@code afgewogen}), or when a body on the ADVIES line exists.
 *
 * <p>AANDACHT while the form is designed; from AFSPREKEN on, when the regeling is being agreed, a missing zienswijze
 * arrangement or active information duty (both required by the 2022 amendment) is a RISICO. Cleared only by
 * marking the item as arranged (or, for the adviescommissie, considered), or by a form that needs no such item.
 */
@Regelcontrole(id = "R2.6", ernst = Ernst.AANDACHT, vanaf = Fase.VORMGEVEN)
class RaadsinstrumentenNietGeregeld extends Basiscontrole {

    /** The order the sentence's choice names them in: the argument is the index. */
    static final List<RegelingOnderdeel> INSTRUMENTEN = List.of(
            RegelingOnderdeel.ZIENSWIJZE_BESLUITEN,
            RegelingOnderdeel.ACTIEVE_INFORMATIE,
            RegelingOnderdeel.ADVIESCOMMISSIE);

    @Override
    List<Signaal> signalen(ToetsFeiten f) {
        Optional<Vorm> vorm = f.gekozenVorm();
        if (vorm.isEmpty() || !vorm.get().wgr() || !vorm.get().nieuwLichaam()) {
            return List.of();
        }
        RegelingFeiten.Stand r = f.regeling();
        boolean adviesorgaan = !Organen.op(f, Lijn.ADVIES).isEmpty();
        List<Signaal> uit = new ArrayList<>();
        for (RegelingOnderdeel item : RegelingOnderdeel.vereistVoor(vorm.get())) {
            if (!RegelingOnderdeel.RAADSINSTRUMENTEN.contains(item)
                    || r.geregeld().contains(item)) {
                continue;
            }
            boolean facultatief = item == RegelingOnderdeel.ADVIESCOMMISSIE;
            if (facultatief && (r.afgewogen().contains(item) || adviesorgaan)) {
                continue;
            }
            Signaal s = Signaal.over(item.name(), String.valueOf(INSTRUMENTEN.indexOf(item)));
            uit.add(!facultatief && f.minstens(Fase.AFSPREKEN) ? s.metErnst(Ernst.RISICO) : s);
        }
        return uit;
    }
}
