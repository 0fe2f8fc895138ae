package nl.samenspel.toets.controles;

import java.util.ArrayList;
import java.util.List;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;

/** Rule 4: uniformity versus custom work is largely a false contrast once back office and front office are told apart. */
@Regelcontrole(id = "R4.2", ernst = Ernst.AANDACHT)
class UniformiteitZonderFrontoffice extends Basiscontrole {

    @Override
    List<Signaal> signalen(ToetsFeiten f) {
        List<Signaal> uit = new ArrayList<>();
        for (var s : f.spanningen()) {
            if ("UNIFORMITEIT_MAATWERK".equals(s.soort()) && !s.backofficeFrontofficeIngevuld()) {
                uit.add(Signaal.over(String.valueOf(s.id()), String.valueOf(s.id())));
            }
        }
        return uit;
    }
}
