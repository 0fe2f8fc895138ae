package nl.samenspel.toets.controles;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.samenspel.overgang.Belanghebbende;
import nl.samenspel.overgang.OvergangFeiten;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;

/**
 * Rule 3: around the start staff, administrators and councils each expect something of the cooperation; unspoken,
 * those expectations become disappointments. Once the running cooperation is in sight (DVOs, a formal start, an
 * inventory, or the execution phase), each of {@link #GROEPEN} without any recorded expectation gives one finding
 * (onderwerp the group's code; argument its place in {@link #GROEPEN}, the sentence names it).
 */
@Regelcontrole(id = "R3.5", ernst = Ernst.AANDACHT, vanaf = Fase.AFSPREKEN)
class VerwachtingenNietVastgelegd extends Basiscontrole {

    /** The order the sentence's choice names them in: the argument is the index. */
    static final List<Belanghebbende> GROEPEN =
            List.of(Belanghebbende.MEDEWERKERS, Belanghebbende.BESTUURDERS, Belanghebbende.RAADSLEDEN);

    @Override
    List<Signaal> signalen(ToetsFeiten f) {
        OvergangFeiten.Stand o = f.overgang();
        boolean inZicht = f.minstens(Fase.UITVOEREN)
                || !f.dvos().isEmpty()
                || o.start() != null
                || !o.inventaris().isEmpty();
        if (!inZicht) {
            return List.of();
        }
        Set<Belanghebbende> vastgelegd = o.verwachtingen().stream()
                .map(OvergangFeiten.Verwachting::groep)
                .collect(Collectors.toSet());
        List<Signaal> uit = new ArrayList<>();
        for (int i = 0; i < GROEPEN.size(); i++) {
            if (!vastgelegd.contains(GROEPEN.get(i))) {
                uit.add(Signaal.over(GROEPEN.get(i).name(), String.valueOf(i)));
            }
        }
        return uit;
    }
}
