package nl.samenspel.toets.controles;

import java.util.ArrayList;
import java.util.List;
import nl.samenspel.toets.Controle;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;
import org.springframework.stereotype.Component;

/** Rule 4: uniformity versus custom work is largely a false contrast once back office and front office are told apart. */
@Component
class UniformiteitZonderFrontoffice implements Controle {

    @Override
    public String id() {
        return "R4.2";
    }

    @Override
    public Ernst ernst() {
        return Ernst.AANDACHT;
    }

    @Override
    public List<Signaal> evalueer(ToetsFeiten f) {
        List<Signaal> uit = new ArrayList<>();
        for (var s : f.spanningen()) {
            if ("UNIFORMITEIT_MAATWERK".equals(s.soort()) && !s.backofficeFrontofficeIngevuld()) {
                uit.add(Signaal.over(String.valueOf(s.id()), String.valueOf(s.id())));
            }
        }
        return uit;
    }
}
