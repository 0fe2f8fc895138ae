package nl.samenspel.toets.controles;

import java.util.List;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;

/** Rule 1: every party says what it explicitly does not want; names the party only, never what it wrote. */
@Regelcontrole(id = "R1.2", ernst = Ernst.AANDACHT)
class NietGewildOntbreekt extends Basiscontrole {

    @Override
    List<Signaal> signalen(ToetsFeiten f) {
        return f.partijen().stream()
                .filter(p -> {
                    var positie = f.posities().get(p.code());
                    return positie == null || !positie.watWillenWijNietIngevuld();
                })
                .map(p -> Signaal.over(p.code(), p.naam()))
                .toList();
    }

    /** A party that left the samenwerking did not repair anything: its finding lapsed. */
    @Override
    public String opgelost(String onderwerp, ToetsFeiten f) {
        return f.partij(onderwerp).isPresent() ? sleutel("opgelost") : VERVALLEN;
    }
}
