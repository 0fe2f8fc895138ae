package nl.samenspel.toets.controles;

import java.util.List;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;

/** Rule 6: nobody can lead: the named regisseur account is gone, inactive or no longer has the REGISSEUR role. */
@Regelcontrole(id = "R6.2", ernst = Ernst.RISICO)
class GeenRegisseur extends Basiscontrole {

    @Override
    List<Signaal> signalen(ToetsFeiten f) {
        var r = f.regisseur();
        boolean kanLeiden = r != null && r.bestaat() && r.actief() && r.rollen().contains("REGISSEUR");
        return kanLeiden ? List.of() : List.of(Signaal.geheel(r == null ? "" : r.gebruikersnaam()));
    }
}
