package nl.samenspel.verkenning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Names the pattern of one task from its classified pairs. */
final class PatroonHerkenning {

    private PatroonHerkenning() {}

    static Samenvatting vat(
            Taak taak, List<Partij> partijen, List<PaarAnalyse> paren, List<OntbrekendAntwoord> ontbrekend) {
        if (partijen.size() < 2) {
            return Samenvatting.zonderRollen(
                    Patroon.TE_WEINIG_PARTIJEN, List.of(Uitleg.van(Sleutels.TE_WEINIG_PARTIJEN, taak.naam())));
        }
        if (!ontbrekend.isEmpty()) {
            return onvolledig(taak, paren, ontbrekend);
        }
        List<PaarAnalyse> metBehoefte = paren.stream()
                .filter(p -> p.classificatie() != Classificatie.GEEN)
                .toList();
        if (metBehoefte.isEmpty()) {
            return Samenvatting.zonderRollen(
                    Patroon.GEEN_SAMENWERKING, List.of(Uitleg.van(Sleutels.GEEN_SAMENWERKING, taak.naam())));
        }
        List<Partij> betrokken = partijen.stream()
                .filter(p -> metBehoefte.stream().anyMatch(m -> m.betreft(p)))
                .toList();
        List<Partij> buiten =
                partijen.stream().filter(p -> !betrokken.contains(p)).toList();

        if (isGroep(metBehoefte, betrokken.size())) {
            List<Uitleg> uitleg = new ArrayList<>();
            uitleg.add(Uitleg.van(Sleutels.GROEP, taak.naam(), namen(betrokken)));
            voegBuitenToe(uitleg, buiten);
            return new Samenvatting(Patroon.GROEP, betrokken, null, List.of(), buiten, uitleg);
        }
        Partij leverancier = enigeLeverancier(metBehoefte);
        if (leverancier != null) {
            List<Partij> kopers =
                    betrokken.stream().filter(p -> !p.equals(leverancier)).toList();
            List<Uitleg> uitleg = new ArrayList<>();
            uitleg.add(Uitleg.van(Sleutels.LEVERANCIER, taak.naam(), leverancier.naam(), kopers.size(), namen(kopers)));
            uitleg.add(Uitleg.van(Sleutels.LEVERANCIER_ADVIES, leverancier.naam(), kopers.size()));
            voegBuitenToe(uitleg, buiten);
            return new Samenvatting(Patroon.LEVERANCIER, List.of(), leverancier, kopers, buiten, uitleg);
        }
        List<Uitleg> uitleg = new ArrayList<>();
        uitleg.add(Uitleg.van(Sleutels.GEMENGD, taak.naam()));
        metBehoefte.forEach(p -> uitleg.add(PaarClassificatie.kortAdvies(p)));
        int rest = paren.size() - metBehoefte.size();
        if (rest > 0) {
            uitleg.add(Uitleg.van(Sleutels.GEMENGD_REST, rest));
        }
        return Samenvatting.zonderRollen(Patroon.GEMENGD, uitleg);
    }

    /** All pairs with a need are mutual and together they cover every pair among the parties involved. */
    private static boolean isGroep(List<PaarAnalyse> metBehoefte, int betrokken) {
        return metBehoefte.stream().allMatch(p -> p.classificatie() == Classificatie.WEDERZIJDS)
                && metBehoefte.size() == betrokken * (betrokken - 1) / 2;
    }

    /** The supplier when every pair with a need is one-sided towards the same party, else null. */
    private static @Nullable Partij enigeLeverancier(List<PaarAnalyse> metBehoefte) {
        Partij leverancier = metBehoefte.get(0).leverancier();
        boolean allemaalNaarDezelfde = metBehoefte.stream()
                .allMatch(p ->
                        p.classificatie() == Classificatie.EENZIJDIG && Objects.equals(p.leverancier(), leverancier));
        return allemaalNaarDezelfde ? leverancier : null;
    }

    private static void voegBuitenToe(List<Uitleg> uitleg, List<Partij> buiten) {
        if (!buiten.isEmpty()) {
            uitleg.add(Uitleg.van(Sleutels.BUITEN, namen(buiten), buiten.size()));
        }
    }

    /** Says which answers are missing (grouped per party that should answer) and what the known answers already tell. */
    private static Samenvatting onvolledig(Taak taak, List<PaarAnalyse> paren, List<OntbrekendAntwoord> ontbrekend) {
        List<Uitleg> uitleg = new ArrayList<>();
        uitleg.add(Uitleg.van(Sleutels.ONVOLLEDIG, taak.naam(), ontbrekend.size()));
        Map<Partij, List<Partij>> perPartij = ontbrekend.stream()
                .collect(Collectors.groupingBy(
                        OntbrekendAntwoord::van,
                        LinkedHashMap::new,
                        Collectors.mapping(OntbrekendAntwoord::naar, Collectors.toList())));
        perPartij.forEach(
                (van, over) -> uitleg.add(Uitleg.van(Sleutels.ONTBREEKT, van.naam(), over.size(), namen(over))));

        List<Uitleg> bekend = new ArrayList<>();
        int geen = 0;
        for (PaarAnalyse paar : paren) {
            if (paar.classificatie() == Classificatie.GEEN) {
                geen++;
            } else if (paar.classificatie() != Classificatie.ONVOLLEDIG) {
                bekend.add(PaarClassificatie.kortAdvies(paar));
            } else if (paar.ontbrekend().size() == 1) {
                bekend.add(paar.uitleg());
            }
        }
        if (bekend.isEmpty() && geen == 0) {
            uitleg.add(Uitleg.van(Sleutels.NOG_NIETS_BEKEND));
        } else {
            uitleg.add(Uitleg.van(Sleutels.AL_BEKEND));
            uitleg.addAll(bekend);
            if (geen > 0) {
                uitleg.add(Uitleg.van(Sleutels.AL_BEKEND_GEEN, geen));
            }
        }
        return Samenvatting.zonderRollen(Patroon.ONVOLLEDIG, uitleg);
    }

    /** Names as one argument; templates put such a list after a colon, so no language-specific "en" is needed here. */
    private static String namen(List<Partij> partijen) {
        return partijen.stream().map(Partij::naam).collect(Collectors.joining(", "));
    }
}
