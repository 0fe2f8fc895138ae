package nl.samenspel.toets.controles;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.samenspel.bestuur.BestuurFeiten.Orgaan;
import nl.samenspel.bestuur.Lijn;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;
import nl.samenspel.verkenning.Route;
import nl.samenspel.vorm.Vorm;

/**
 * Rule 2: the chosen form delivers services to the municipalities ({@link Vorm#nieuwLichaam()}, a centrumregeling
 * or a contract), so each of them is a client with its own wishes and agreements, but the client line is missing:
 *
 * <ul>
 *   <li>there is no body on the KLANT line at all: one finding about the samenwerking as a whole (onderwerp "",
 *       arguments "" and "0");
 *   <li>otherwise, per participating municipality without a seat (its {@code gemeenteCode}) on any KLANT body: one
 *       finding (onderwerp the code, arguments its name and "1").
 * </ul>
 *
 * Under a centrumregeling or a contract the municipality that delivers (the leverancier of a recorded INKOPEN route)
 * is no client and needs no place. A finding about a municipality that left lapses; otherwise only a place on the
 * client line (or a form that delivers nothing to the municipalities) clears it.
 */
@Regelcontrole(id = "R2.3", ernst = Ernst.AANDACHT, vanaf = Fase.VORMGEVEN)
class GeenKlantlijn extends Basiscontrole {

    static final String GEEN_KLANTLIJN = "0";
    static final String GEEN_PLAATS = "1";

    /** Forms through which the municipalities receive a service, besides those that set up a new body. */
    private static final Set<Vorm> LEVEREN = EnumSet.of(Vorm.CENTRUMREGELING, Vorm.CONTRACT);

    @Override
    List<Signaal> signalen(ToetsFeiten f) {
        Optional<Vorm> vorm = f.gekozenVorm();
        if (vorm.isEmpty() || !(vorm.get().nieuwLichaam() || LEVEREN.contains(vorm.get()))) {
            return List.of();
        }
        List<Orgaan> klant = Organen.op(f, Lijn.KLANT);
        if (klant.isEmpty()) {
            return List.of(Signaal.geheel("", GEEN_KLANTLIJN));
        }
        Set<String> aanTafel = new HashSet<>();
        for (Orgaan o : klant) {
            for (var z : o.zetels()) {
                String code = z.gemeenteCode();
                if (code != null) {
                    aanTafel.add(code);
                }
            }
        }
        Set<String> leveranciers = new HashSet<>();
        if (LEVEREN.contains(vorm.get())) {
            for (var r : f.routes().values()) {
                String leverancier = r.leverancier();
                if (r.route() == Route.INKOPEN && leverancier != null) {
                    leveranciers.add(leverancier);
                }
            }
        }
        return f.partijen().stream()
                .filter(p -> !aanTafel.contains(p.code()) && !leveranciers.contains(p.code()))
                .map(p -> Signaal.over(p.code(), p.naam(), GEEN_PLAATS))
                .toList();
    }

    /** A municipality that left has no place to get: its finding lapsed. */
    @Override
    public String opgelost(String onderwerp, ToetsFeiten f) {
        return onderwerp.isEmpty() || f.partij(onderwerp).isPresent() ? sleutel("opgelost") : VERVALLEN;
    }
}
