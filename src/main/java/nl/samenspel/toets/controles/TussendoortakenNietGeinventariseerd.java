package nl.samenspel.toets.controles;

import java.util.List;
import nl.samenspel.overgang.OverdrachtSoort;
import nl.samenspel.overgang.OvergangFeiten;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;

/**
 * Rule 3: the small tasks a colleague did in between are what goes missing after the move. While what moves over is
 * being inventoried (or the cooperation has formally started), an inventory without a single in-between task
 * (TUSSENDOORTAAK) gives one finding for the samenwerking.
 */
@Regelcontrole(id = "R3.6", ernst = Ernst.AANDACHT, vanaf = Fase.AFSPREKEN)
class TussendoortakenNietGeinventariseerd extends Basiscontrole {

    @Override
    List<Signaal> signalen(ToetsFeiten f) {
        OvergangFeiten.Stand o = f.overgang();
        if (o.inventaris().isEmpty() && o.start() == null) {
            return List.of();
        }
        boolean tussendoor = o.inventaris().stream().anyMatch(x -> x.soort() == OverdrachtSoort.TUSSENDOORTAAK);
        return tussendoor ? List.of() : List.of(Signaal.geheel());
    }

    /** An in-between task was inventoried: repaired. No inventory and no start any more: lapsed. */
    @Override
    public String opgelost(String onderwerp, ToetsFeiten f) {
        OvergangFeiten.Stand o = f.overgang();
        return o.inventaris().isEmpty() && o.start() == null ? VERVALLEN : sleutel("opgelost");
    }
}
