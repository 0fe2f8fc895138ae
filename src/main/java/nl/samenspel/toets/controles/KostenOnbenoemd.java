package nl.samenspel.toets.controles;

import java.util.List;
import nl.samenspel.toets.Controle;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;
import org.springframework.stereotype.Component;

/** Rule 5: nobody said what cooperating may cost them, in money or in own room to act. */
@Component
class KostenOnbenoemd implements Controle {

    @Override
    public String id() {
        return "R5.3";
    }

    @Override
    public Ernst ernst() {
        return Ernst.AANDACHT;
    }

    @Override
    public List<Signaal> evalueer(ToetsFeiten f) {
        boolean genoemd =
                f.posities().values().stream().anyMatch(p -> p.maximumPerJaarIngevuld() || p.eigenRuimteIngevuld());
        return genoemd ? List.of() : List.of(Signaal.geheel());
    }
}
