package nl.samenspel.toets.controles;

import java.util.List;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;

/** Rule 6: the lead must be able to stand outside the process; a regisseur bound to a participating municipality cannot. */
@Regelcontrole(id = "R6.3", ernst = Ernst.RISICO)
class RegisseurIsPartij extends Basiscontrole {

    @Override
    List<Signaal> signalen(ToetsFeiten f) {
        var r = f.regisseur();
        if (r == null || r.gemeenteCode() == null) {
            return List.of();
        }
        return f.partij(r.gemeenteCode())
                .map(p -> List.of(Signaal.over(p.code(), r.gebruikersnaam(), p.naam())))
                .orElse(List.of());
    }
}
