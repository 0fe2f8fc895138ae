package nl.samenspel.toets.controles;

import java.util.List;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.toets.Controle;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;
import org.springframework.stereotype.Component;

/** Rule 5: the analysis finds no mutual need on any task, yet the samenwerking continues past exploring. */
@Component
class GeenWederzijdseBehoefte implements Controle {

    @Override
    public String id() {
        return "R5.4";
    }

    @Override
    public Ernst ernst() {
        return Ernst.RISICO;
    }

    @Override
    public List<Signaal> evalueer(ToetsFeiten f) {
        if (!f.voorbij(Fase.VERKENNEN)) {
            return List.of();
        }
        boolean volledigPaar = false;
        for (var analyse : f.analyse()) {
            for (var paar : analyse.paren()) {
                switch (paar.classificatie()) {
                    case WEDERZIJDS -> {
                        return List.of();
                    }
                    case EENZIJDIG, GEEN -> volledigPaar = true;
                    default -> {}
                }
            }
        }
        return volledigPaar ? List.of(Signaal.geheel()) : List.of();
    }
}
