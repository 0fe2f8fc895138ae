package nl.samenspel.toets.controles;

import java.util.ArrayList;
import java.util.List;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;

/** Rule 6: the same decision was re-opened or deferred twice or more (deciding later as negotiation behaviour). */
@Regelcontrole(id = "R6.1", ernst = Ernst.AANDACHT)
class HerhaaldUitgesteld extends Basiscontrole {

    @Override
    List<Signaal> signalen(ToetsFeiten f) {
        var perOnderwerp = new java.util.TreeMap<String, Integer>();
        f.uitstel().forEach(u -> perOnderwerp.merge(u.onderwerp(), 1, Integer::sum));
        List<Signaal> uit = new ArrayList<>();
        perOnderwerp.forEach((onderwerp, aantal) -> {
            if (aantal >= 2) {
                uit.add(Signaal.over(onderwerp, onderwerp, String.valueOf(aantal)));
            }
        });
        return uit;
    }
}
