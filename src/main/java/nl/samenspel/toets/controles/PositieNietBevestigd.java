package nl.samenspel.toets.controles;

import java.util.List;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;

/**
 * Rule 1, issue 11: the regisseur recorded a party's position on its behalf and the party has not confirmed it.
 * Everything that rests on that position (what it does not want, its needs, its end goal, its costs) is provisional
 * until then. Names the party only, never what the position says.
 */
@Regelcontrole(id = "R1.8", ernst = Ernst.AANDACHT)
class PositieNietBevestigd extends Basiscontrole {

    @Override
    List<Signaal> signalen(ToetsFeiten f) {
        return f.partijen().stream()
                .filter(p -> {
                    var positie = f.posities().get(p.code());
                    return positie != null && positie.voorlopig();
                })
                .map(p -> Signaal.over(p.code(), p.naam()))
                .toList();
    }

    /** A party that left did not confirm anything: its finding lapsed. */
    @Override
    public String opgelost(String onderwerp, ToetsFeiten f) {
        return f.partij(onderwerp).isPresent() ? sleutel("opgelost") : VERVALLEN;
    }
}
