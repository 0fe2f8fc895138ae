package nl.samenspel.toets.controles;

import java.util.List;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;
import nl.samenspel.verkenning.Route;

/**
 * Rule 6: the lead must be able to stand outside the process. A regisseur from a participating municipality is
 * allowed by the method (an insider who can stand outside the process), so AANDACHT: keep the process role apart.
 * It is a RISICO when that municipality is the leverancier in a recorded INKOPEN route: the regisseur then leads
 * a process in which the own municipality sells to the others. Arguments: regisseur, municipality, the number of
 * tasks it supplies and their names.
 */
@Regelcontrole(id = "R6.3", ernst = Ernst.AANDACHT)
class RegisseurIsPartij extends Basiscontrole {

    @Override
    List<Signaal> signalen(ToetsFeiten f) {
        var r = f.regisseur();
        String code = r == null ? null : r.gemeenteCode();
        if (r == null || code == null) {
            return List.of();
        }
        List<String> levert = f.taken().stream()
                .filter(t -> f.route(t.id())
                        .filter(x -> x.route() == Route.INKOPEN && code.equals(x.leverancier()))
                        .isPresent())
                .map(t -> t.naam())
                .toList();
        return f.partij(code)
                .map(p -> {
                    Signaal s = Signaal.over(
                            p.code(),
                            r.gebruikersnaam(),
                            p.naam(),
                            String.valueOf(levert.size()),
                            String.join(", ", levert));
                    return List.of(levert.isEmpty() ? s : s.metErnst(Ernst.RISICO));
                })
                .orElse(List.of());
    }
}
