package nl.samenspel.toets.controles;

import java.util.List;
import java.util.Set;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.toets.Controle;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;
import org.springframework.stereotype.Component;

/** Rule 1 and issue 3: a REGISSEUR moved on although entry criteria were not met (VORMGEVEN is R1.1). */
@Component
class FaseGeforceerd implements Controle {

    @Override
    public String id() {
        return "R1.5";
    }

    @Override
    public Ernst ernst() {
        return Ernst.AANDACHT;
    }

    @Override
    public List<Signaal> evalueer(ToetsFeiten f) {
        Set<Fase> naar = new java.util.TreeSet<>();
        for (var o : f.overgangen()) {
            if (o.override() && o.naar() != Fase.VORMGEVEN) {
                naar.add(o.naar());
            }
        }
        return naar.stream().map(n -> Signaal.over(n.name(), n.name())).toList();
    }
}
