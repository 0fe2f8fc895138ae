package nl.samenspel.toets.controles;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samenspel.bestuur.BestuurFeiten.Orgaan;
import nl.samenspel.bestuur.BestuurFeiten.Zetel;
import nl.samenspel.bestuur.Lijn;
import nl.samenspel.toets.ToetsFeiten;

/** What the rule-2 checks ask of the bodies and seats of one samenwerking (issue 12). */
final class Organen {

    private Organen() {}

    /** The bodies on this line, in the order the governance module gives them. */
    static List<Orgaan> op(ToetsFeiten f, Lijn lijn) {
        return f.bestuur().organen().stream().filter(o -> o.lijn() == lijn).toList();
    }

    /** Who sits on this body: the person keys of its seats. */
    static Set<String> personen(Orgaan o) {
        Set<String> uit = new LinkedHashSet<>();
        o.zetels().forEach(z -> uit.add(z.persoonSleutel()));
        return uit;
    }

    /** Per person key the first seat found on these bodies (for the name as typed), in body and seat order. */
    static Map<String, Zetel> zetels(List<Orgaan> organen) {
        Map<String, Zetel> uit = new LinkedHashMap<>();
        organen.forEach(o -> o.zetels().forEach(z -> uit.putIfAbsent(z.persoonSleutel(), z)));
        return uit;
    }

    /** The names of the bodies on which this person has a seat, joined as a list ("AB, DB"). */
    static String namen(List<Orgaan> organen, String persoonSleutel) {
        return String.join(
                ", ",
                organen.stream()
                        .filter(o -> personen(o).contains(persoonSleutel))
                        .map(Orgaan::naam)
                        .distinct()
                        .toList());
    }

    /**
     * A person key as the onderwerp of a finding, which holds at most 100 characters: a longer key is shortened
     * and made unique again with its hash.
     */
    static String onderwerp(String persoonSleutel) {
        if (persoonSleutel.length() <= 100) {
            return persoonSleutel;
        }
        return persoonSleutel.substring(0, 90) + "~" + Integer.toHexString(persoonSleutel.hashCode());
    }
}
