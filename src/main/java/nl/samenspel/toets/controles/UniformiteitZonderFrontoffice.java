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

    /** A tension that was removed (or is no longer about uniformity) was not worked out: its finding lapsed. */
    @Override
    public String opgelost(String onderwerp, ToetsFeiten f) {
        boolean bestaat = f.spanningen().stream()
                .anyMatch(s -> String.valueOf(s.id()).equals(onderwerp) && "UNIFORMITEIT_MAATWERK".equals(s.soort()));
        return bestaat ? sleutel("opgelost") : VERVALLEN;
    }
}
