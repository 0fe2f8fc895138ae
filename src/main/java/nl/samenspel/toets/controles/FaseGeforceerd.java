package nl.samenspel.toets.controles;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;

/** Rule 1 and issue 3: a REGISSEUR moved on although entry criteria were not met (VORMGEVEN is R1.1). */
@Regelcontrole(id = "R1.5", ernst = Ernst.AANDACHT)
class FaseGeforceerd extends Basiscontrole {

    @Override
    List<Signaal> signalen(ToetsFeiten f) {
        // Per phase the day of the first forced move into it: the finding is open since then.
        Map<Fase, LocalDate> naar = new TreeMap<>();
        for (var o : f.overgangen()) {
            if (o.override() && o.naar() != Fase.VORMGEVEN) {
                naar.merge(o.naar(), o.datum(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        return naar.entrySet().stream()
                .map(e -> Signaal.over(e.getKey().name(), e.getKey().name()).sinds(e.getValue()))
                .toList();
    }
}
