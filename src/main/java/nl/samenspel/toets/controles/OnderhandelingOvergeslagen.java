package nl.samenspel.toets.controles;

import java.util.List;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.toets.Controle;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;
import org.springframework.stereotype.Component;

/** Rule 4 (alliance phases): ONDERHANDELEN or later without any tension recorded between at least two parties. */
@Component
class OnderhandelingOvergeslagen implements Controle {

    @Override
    public String id() {
        return "R4.1";
    }

    @Override
    public Ernst ernst() {
        return Ernst.RISICO;
    }

    @Override
    public List<Signaal> evalueer(ToetsFeiten f) {
        if (!f.minstens(Fase.ONDERHANDELEN)) {
            return List.of();
        }
        boolean tussenPartijen =
                f.spanningen().stream().anyMatch(s -> s.partijen().size() >= 2);
        return tussenPartijen ? List.of() : List.of(Signaal.geheel());
    }
}
