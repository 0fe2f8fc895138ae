package nl.samenspel.toets.controles;

import java.util.List;
import nl.samenspel.toets.Controle;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;
import org.springframework.stereotype.Component;

/** Rule 6: the lead must be able to stand outside the process; a regisseur bound to a participating municipality cannot. */
@Component
class RegisseurIsPartij implements Controle {

    @Override
    public String id() {
        return "R6.3";
    }

    @Override
    public Ernst ernst() {
        return Ernst.RISICO;
    }

    @Override
    public List<Signaal> evalueer(ToetsFeiten f) {
        var r = f.regisseur();
        if (r == null || r.gemeenteCode() == null) {
            return List.of();
        }
        return f.partij(r.gemeenteCode())
                .map(p -> List.of(Signaal.over(p.code(), r.gebruikersnaam(), p.naam())))
                .orElse(List.of());
    }
}
