package nl.samenspel.toets.controles;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;

/** Rule 5: a party has not said for some task where it needs the others (no answer at all for that task). */
@Regelcontrole(id = "R5.2", ernst = Ernst.AANDACHT)
class BehoefteNietBeantwoord extends Basiscontrole {

    @Override
    List<Signaal> signalen(ToetsFeiten f) {
        Set<String> beantwoord = new java.util.HashSet<>();
        f.behoeften().forEach(b -> beantwoord.add(b.taakId() + "|" + b.van()));
        List<Signaal> uit = new ArrayList<>();
        for (var p : f.partijen()) {
            List<String> open = new ArrayList<>();
            for (var t : f.taken()) {
                if (!beantwoord.contains(t.id() + "|" + p.code())) {
                    open.add(t.naam());
                }
            }
            if (!open.isEmpty()) {
                uit.add(Signaal.over(p.code(), p.naam(), String.join(", ", open), String.valueOf(open.size())));
            }
        }
        return uit;
    }

    /** A party that left the samenwerking did not repair anything: its finding lapsed. */
    @Override
    public String opgelost(String onderwerp, ToetsFeiten f) {
        return f.partij(onderwerp).isPresent() ? sleutel("opgelost") : VERVALLEN;
    }
}
