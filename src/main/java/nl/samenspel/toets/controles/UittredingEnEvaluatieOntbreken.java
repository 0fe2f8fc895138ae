package nl.samenspel.toets.controles;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.samenspel.regeling.RegelingOnderdeel;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;
import nl.samenspel.vorm.Vorm;

/**
 * Rule 3: design for friction and for learning. For a chosen Wgr form ({@code wgr()}), each item of
 * {@link RegelingOnderdeel#UITTREDING_EN_EVALUATIE} that {@link RegelingOnderdeel#vereistVoor} lists for the form and
 * that is not marked as arranged gives one finding (onderwerp the item's name; argument its number in
 * {@link #ONDERDELEN}, the sentence names it). Art. 9 Wgr and the 2022 amendment require them in every regeling.
 *
 * <p>AANDACHT while the form is designed (the draft is being written); RISICO from AFSPREKEN on, when the regeling is
 * agreed and a missing exit or evaluation clause is what makes the later friction expensive. Cleared only by marking
 * the item as arranged, or by a form outside the Wgr.
 */
@Regelcontrole(id = "R3.1", ernst = Ernst.AANDACHT, vanaf = Fase.VORMGEVEN)
class UittredingEnEvaluatieOntbreken extends Basiscontrole {

    /** The order the sentence's choice names them in: the argument is the index. */
    static final List<RegelingOnderdeel> ONDERDELEN = List.of(
            RegelingOnderdeel.UITTREDING_VOORWAARDEN,
            RegelingOnderdeel.UITTREDING_GEVOLGEN,
            RegelingOnderdeel.EVALUATIE);

    @Override
    List<Signaal> signalen(ToetsFeiten f) {
        Optional<Vorm> vorm = f.gekozenVorm();
        if (vorm.isEmpty()) {
            return List.of();
        }
        boolean afspreken = f.minstens(Fase.AFSPREKEN);
        List<Signaal> uit = new ArrayList<>();
        for (RegelingOnderdeel item : RegelingOnderdeel.vereistVoor(vorm.get())) {
            if (RegelingOnderdeel.UITTREDING_EN_EVALUATIE.contains(item)
                    && !f.regeling().geregeld().contains(item)) {
                Signaal s = Signaal.over(item.name(), String.valueOf(ONDERDELEN.indexOf(item)));
                uit.add(afspreken ? s.metErnst(Ernst.RISICO) : s);
            }
        }
        return uit;
    }
}
