package nl.samenspel.toets.controles;

import java.util.ArrayList;
import java.util.List;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;
import nl.samenspel.verkenning.Einddoel;
import nl.samenspel.verkenning.Partij;

/**
 * Rule 1: the end goals diverge. One party's end goal is what another party rules out, by ticking it or through its
 * own end goal (staying independent rules out a merger). Reads only the structured end goals of the positions in this
 * view, never their text; the finding names both parties and the end goal (by its number, the bundle gives the label).
 */
@Regelcontrole(id = "R1.6", ernst = Ernst.RISICO)
class EinddoelenLopenUiteen extends Basiscontrole {

    @Override
    List<Signaal> signalen(ToetsFeiten f) {
        List<Signaal> uit = new ArrayList<>();
        for (Partij wil : f.partijen()) {
            ToetsFeiten.Positie positie = f.posities().get(wil.code());
            Einddoel doel = positie == null ? null : positie.einddoel();
            if (doel == null || doel == Einddoel.NOG_OPEN) {
                continue;
            }
            for (Partij sluitUit : f.partijen()) {
                ToetsFeiten.Positie ander = f.posities().get(sluitUit.code());
                if (!sluitUit.equals(wil) && ander != null && ander.sluitUit().contains(doel)) {
                    uit.add(Signaal.over(
                            wil.code() + ":" + sluitUit.code(),
                            wil.naam(),
                            // A number stays a number, so the text picks the label with a choice format.
                            String.valueOf(doel.ordinal()),
                            sluitUit.naam()));
                }
            }
        }
        return uit;
    }
}
