package nl.samenspel.toets.controles;

import java.util.List;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;

/**
 * Rule 2 (the councils keep their say) and art. 1 Wgr: a college or burgemeester may enter a gemeenschappelijke
 * regeling only after its raad gave toestemming. For a chosen Wgr form ({@code wgr()}), from AFSPREKEN on, each
 * participating municipality without a recorded toestemming gives one finding (onderwerp the code; arguments its
 * name and "1" once the samenwerking is carried out, else "0").
 *
 * <p>While the parties are still agreeing (AFSPREKEN) the toestemming is simply still to be obtained: AANDACHT. From
 * UITVOEREN on the municipality takes part in a regeling its raad did not agree to: RISICO (the check's own weight).
 * A finding about a municipality that left lapses; otherwise only a recorded toestemming (or a form outside the Wgr)
 * clears it.
 */
@Regelcontrole(id = "R2.7", ernst = Ernst.RISICO, vanaf = Fase.AFSPREKEN)
class ToestemmingRaadOntbreekt extends Basiscontrole {

    @Override
    List<Signaal> signalen(ToetsFeiten f) {
        if (f.gekozenVorm().filter(v -> v.wgr()).isEmpty()) {
            return List.of();
        }
        boolean uitvoering = f.minstens(Fase.UITVOEREN);
        return f.partijen().stream()
                .filter(p -> !f.regeling().toestemming().containsKey(p.code()))
                .map(p -> {
                    Signaal s = Signaal.over(p.code(), p.naam(), uitvoering ? "1" : "0");
                    return uitvoering ? s : s.metErnst(Ernst.AANDACHT);
                })
                .toList();
    }

    /** A municipality that left needs no toestemming: its finding lapsed. */
    @Override
    public String opgelost(String onderwerp, ToetsFeiten f) {
        return f.partij(onderwerp).isPresent() ? sleutel("opgelost") : VERVALLEN;
    }
}
