package nl.samenspel.toets.controles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samenspel.afspraken.AfsprakenFeiten.Dvo;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;

/**
 * Rule 7: translate quality into indicators and you end up measuring indicators. Per client, the agreed versions of
 * its DVOs (year after year, version after version) form its cycles; when the number of indicators rose in each of
 * the last two cycles (three agreed versions, each carrying more than the one before) that gives one finding
 * (onderwerp the client's municipality code; arguments its name and the three totals, oldest first). A new version
 * that carries no more indicators than the one before clears it.
 */
@Regelcontrole(id = "R7.5", ernst = Ernst.AANDACHT, vanaf = Fase.AFSPREKEN)
class IndicatorenGroeien extends Basiscontrole {

    @Override
    List<Signaal> signalen(ToetsFeiten f) {
        List<Signaal> uit = new ArrayList<>();
        perKlant(f).forEach((klant, totalen) -> {
            int n = totalen.size();
            if (n >= 3 && totalen.get(n - 3) < totalen.get(n - 2) && totalen.get(n - 2) < totalen.get(n - 1)) {
                uit.add(Signaal.over(
                        klant,
                        f.naam(klant),
                        String.valueOf(totalen.get(n - 3)),
                        String.valueOf(totalen.get(n - 2)),
                        String.valueOf(totalen.get(n - 1))));
            }
        });
        return uit;
    }

    /** Per client, the indicator totals of its agreed versions: by year, then by version. */
    static Map<String, List<Integer>> perKlant(ToetsFeiten f) {
        Map<String, List<Integer>> uit = new LinkedHashMap<>();
        f.dvos().stream()
                .sorted(Comparator.comparingInt(Dvo::jaar).thenComparingLong(Dvo::id))
                .forEach(d -> uit.computeIfAbsent(d.gemeenteCode(), k -> new ArrayList<>())
                        .addAll(d.indicatorenPerVersie()));
        return uit;
    }

    /** A version with no more indicators than the one before: repaired. The client's DVOs gone: lapsed. */
    @Override
    public String opgelost(String onderwerp, ToetsFeiten f) {
        return f.dvos().stream().anyMatch(d -> d.gemeenteCode().equals(onderwerp)) ? sleutel("opgelost") : VERVALLEN;
    }
}
