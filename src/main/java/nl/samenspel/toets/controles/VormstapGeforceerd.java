package nl.samenspel.toets.controles;

import java.util.List;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.toets.Controle;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;
import org.springframework.stereotype.Component;

/** Rule 1: the form step was opened (or VORMGEVEN reached) before the earlier steps were done. */
@Component
class VormstapGeforceerd implements Controle {

    @Override
    public String id() {
        return "R1.1";
    }

    @Override
    public Ernst ernst() {
        return Ernst.RISICO;
    }

    @Override
    public List<Signaal> evalueer(ToetsFeiten f) {
        boolean geforceerd = f.vormOntgrendeld()
                || f.overgangen().stream().anyMatch(o -> o.override() && o.naar() == Fase.VORMGEVEN);
        return geforceerd ? List.of(Signaal.geheel()) : List.of();
    }
}
