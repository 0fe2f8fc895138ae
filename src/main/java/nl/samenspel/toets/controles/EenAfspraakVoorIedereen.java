package nl.samenspel.toets.controles;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import nl.samenspel.afspraken.AfsprakenFeiten.Dvo;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;
import nl.samenspel.verkenning.Einddoel;

/**
 * Rule 4: custom work belongs in the front office. In a year in which two or more clients have a DVO with lines,
 * and every one of those DVOs holds exactly the same lines (the same services, variants, results and statuses, in
 * any order), while the clients' positions differ, the agreement was made uniform where it need not be. Their
 * positions differ when they name different end goals ({@link ToetsFeiten.Positie#einddoel}), or when one of them
 * recorded a wish of its own for a service ({@code Dienst.wensenVan}). One finding per year (onderwerp the year;
 * arguments the year, the number of clients, and why: 0 end goals, 1 wishes).
 */
@Regelcontrole(id = "R4.3", ernst = Ernst.AANDACHT, vanaf = Fase.AFSPREKEN)
class EenAfspraakVoorIedereen extends Basiscontrole {

    @Override
    List<Signaal> signalen(ToetsFeiten f) {
        Map<Integer, List<Dvo>> perJaar = new TreeMap<>();
        f.dvos().stream()
                .filter(d -> !d.regels().isEmpty())
                .forEach(d -> perJaar.computeIfAbsent(d.jaar(), k -> new ArrayList<>())
                        .add(d));
        List<Signaal> uit = new ArrayList<>();
        perJaar.forEach((jaar, dvos) -> {
            Set<String> gemeenten = new HashSet<>();
            dvos.forEach(d -> gemeenten.add(d.gemeenteCode()));
            if (gemeenten.size() < 2
                    || dvos.stream()
                                    .map(EenAfspraakVoorIedereen::inhoud)
                                    .distinct()
                                    .count()
                            > 1) {
                return;
            }
            int reden = verschillendeEinddoelen(f, gemeenten) ? 0 : wensen(f, gemeenten) ? 1 : -1;
            if (reden >= 0) {
                uit.add(Signaal.over(
                        String.valueOf(jaar),
                        String.valueOf(jaar),
                        String.valueOf(gemeenten.size()),
                        String.valueOf(reden)));
            }
        });
        return uit;
    }

    /** The lines of a DVO as a sorted list, so two DVOs with the same lines in another order compare equal. */
    static List<String> inhoud(Dvo d) {
        return d.regels().stream()
                .map(r -> r.dienstId() + "|" + r.variantId() + "|" + r.resultaat() + "|" + r.status())
                .sorted()
                .toList();
    }

    private static boolean verschillendeEinddoelen(ToetsFeiten f, Set<String> gemeenten) {
        Set<Einddoel> doelen = new HashSet<>();
        gemeenten.stream()
                .map(g -> f.posities().get(g))
                .filter(Objects::nonNull)
                .map(ToetsFeiten.Positie::einddoel)
                .filter(Objects::nonNull)
                .forEach(doelen::add);
        return doelen.size() > 1;
    }

    private static boolean wensen(ToetsFeiten f, Set<String> gemeenten) {
        return f.afspraken().diensten().stream()
                .anyMatch(d -> d.wensenVan().stream().anyMatch(gemeenten::contains));
    }

    /** The year's DVOs differ now (or a party's position changed): repaired. No two DVOs left for the year: lapsed. */
    @Override
    public String opgelost(String onderwerp, ToetsFeiten f) {
        long clienten = f.dvos().stream()
                .filter(d -> String.valueOf(d.jaar()).equals(onderwerp)
                        && !d.regels().isEmpty())
                .map(Dvo::gemeenteCode)
                .distinct()
                .count();
        return clienten >= 2 ? sleutel("opgelost") : VERVALLEN;
    }
}
