package nl.samenspel.toets.controles;

import java.util.ArrayList;
import java.util.List;
import nl.samenspel.toets.Controle;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;
import org.springframework.stereotype.Component;

/** Rule 1: every party says what it explicitly does not want; names the party only, never what it wrote. */
@Component
class NietGewildOntbreekt implements Controle {

    @Override
    public String id() {
        return "R1.2";
    }

    @Override
    public Ernst ernst() {
        return Ernst.AANDACHT;
    }

    @Override
    public List<Signaal> evalueer(ToetsFeiten f) {
        List<Signaal> uit = new ArrayList<>();
        for (var p : f.partijen()) {
            var positie = f.posities().get(p.code());
            if (positie == null || !positie.watWillenWijNietIngevuld()) {
                uit.add(Signaal.over(p.code(), p.naam()));
            }
        }
        return uit;
    }
}
