package nl.samenspel.toets.controles;

import java.util.List;
import nl.samenspel.toets.Controle;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;
import org.springframework.stereotype.Component;

/** Rule 6: nobody can lead: the named regisseur account is gone, inactive or no longer has the REGISSEUR role. */
@Component
class GeenRegisseur implements Controle {

    @Override
    public String id() {
        return "R6.2";
    }

    @Override
    public Ernst ernst() {
        return Ernst.RISICO;
    }

    @Override
    public List<Signaal> evalueer(ToetsFeiten f) {
        var r = f.regisseur();
        boolean kanLeiden = r != null && r.bestaat() && r.actief() && r.rollen().contains("REGISSEUR");
        return kanLeiden ? List.of() : List.of(Signaal.geheel(r == null ? "" : r.gebruikersnaam()));
    }
}
