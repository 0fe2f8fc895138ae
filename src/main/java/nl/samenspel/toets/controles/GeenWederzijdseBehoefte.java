package nl.samenspel.toets.controles;

import java.util.List;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;

/** Rule 5: the analysis finds no mutual need on any task, yet the samenwerking continues past exploring. */
@Regelcontrole(id = "R5.4", ernst = Ernst.RISICO, vanaf = Fase.ONDERHANDELEN)
class GeenWederzijdseBehoefte extends Basiscontrole {

    @Override
    List<Signaal> signalen(ToetsFeiten f) {
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
