package nl.samenspel.toets.controles;

import java.util.List;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;
import nl.samenspel.vorm.Geschiktheid;
import nl.samenspel.vorm.VormFeiten;

/**
 * Rule 1, step 5: the form follows from what the parties want. A form is chosen that the current advice rates
 * {@link Geschiktheid#PAST_NIET}, and the decision carries no written reason ({@code motiveringIngevuld} false).
 * One finding about the samenwerking as a whole; argument the chosen form's ordinal (the sentence names it). Cleared
 * only by writing down why, by choosing a form the advice does not reject, or when the advice itself changes
 * because the samenwerking's data changed.
 */
@Regelcontrole(id = "R1.9", ernst = Ernst.AANDACHT, vanaf = Fase.VORMGEVEN)
class VormTegenAdvies extends Basiscontrole {

    @Override
    List<Signaal> signalen(ToetsFeiten f) {
        VormFeiten.Stand v = f.vorm();
        var gekozen = v.gekozen();
        if (gekozen == null || v.oordeel() != Geschiktheid.PAST_NIET || v.motiveringIngevuld()) {
            return List.of();
        }
        return List.of(Signaal.geheel(String.valueOf(gekozen.ordinal())));
    }
}
