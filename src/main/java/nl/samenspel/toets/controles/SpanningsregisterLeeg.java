package nl.samenspel.toets.controles;

import java.util.List;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.toets.Controle;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;
import org.springframework.stereotype.Component;

/** Rule 1 (step 3): every relationship holds tension; an empty register past exploring means it is not named yet. */
@Component
class SpanningsregisterLeeg implements Controle {

    @Override
    public String id() {
        return "R1.3";
    }

    @Override
    public Ernst ernst() {
        return Ernst.AANDACHT;
    }

    @Override
    public List<Signaal> evalueer(ToetsFeiten f) {
        return f.voorbij(Fase.VERKENNEN) && f.spanningen().isEmpty() ? List.of(Signaal.geheel()) : List.of();
    }
}
