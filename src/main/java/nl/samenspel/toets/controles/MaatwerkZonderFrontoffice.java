package nl.samenspel.toets.controles;

import java.util.ArrayList;
import java.util.List;
import nl.samenspel.afspraken.AfsprakenFeiten.Dienst;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;
import nl.samenspel.verkenning.Partij;

/**
 * Rule 4: uniform in the back office, custom in the front office. A service of the catalogue without a single
 * front-office variant while at least one client recorded a wish of its own for it: that wish has no place to go
 * but the uniform service itself. One finding per service (onderwerp its id; arguments its name, the clients with a
 * wish but the last joined by commas, the last one, and how many there are).
 */
@Regelcontrole(id = "R4.4", ernst = Ernst.AANDACHT, vanaf = Fase.AFSPREKEN)
class MaatwerkZonderFrontoffice extends Basiscontrole {

    @Override
    List<Signaal> signalen(ToetsFeiten f) {
        List<Signaal> uit = new ArrayList<>();
        for (Dienst d : f.afspraken().diensten()) {
            if (d.varianten() == 0 && !d.wensenVan().isEmpty()) {
                // Participating parties in their own order, then any that left (by code) so nothing is dropped.
                List<String> namen = new ArrayList<>();
                f.partijen().stream()
                        .filter(p -> d.wensenVan().contains(p.code()))
                        .map(Partij::naam)
                        .forEach(namen::add);
                d.wensenVan().stream()
                        .filter(c -> f.partij(c).isEmpty())
                        .sorted()
                        .forEach(namen::add);
                uit.add(Signaal.over(
                        String.valueOf(d.id()),
                        d.naam(),
                        String.join(", ", namen.subList(0, namen.size() - 1)),
                        namen.get(namen.size() - 1),
                        String.valueOf(namen.size())));
            }
        }
        return uit;
    }

    /** A variant was added: repaired. The service or the wishes are gone: lapsed. */
    @Override
    public String opgelost(String onderwerp, ToetsFeiten f) {
        return f.afspraken().diensten().stream()
                        .anyMatch(d -> String.valueOf(d.id()).equals(onderwerp) && d.varianten() > 0)
                ? sleutel("opgelost")
                : VERVALLEN;
    }
}
