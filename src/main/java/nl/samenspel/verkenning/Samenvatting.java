package nl.samenspel.verkenning;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The pattern of one task over all parties, with the sentences that explain it (in order, to be shown as one
 * paragraph or list). Lists are in the order the parties were given.
 *
 * @param groep for GROEP: the parties that all need each other; otherwise empty
 * @param leverancier for LEVERANCIER: the party that supplies; otherwise null
 * @param kopers for LEVERANCIER: the parties that buy from it; otherwise empty
 * @param buiten for GROEP and LEVERANCIER: the parties without any need on this task; otherwise empty
 */
public record Samenvatting(
        Patroon patroon,
        List<Partij> groep,
        @Nullable Partij leverancier,
        List<Partij> kopers,
        List<Partij> buiten,
        List<Uitleg> uitleg) {

    public Samenvatting {
        groep = List.copyOf(groep);
        kopers = List.copyOf(kopers);
        buiten = List.copyOf(buiten);
        uitleg = List.copyOf(uitleg);
    }

    static Samenvatting zonderRollen(Patroon patroon, List<Uitleg> uitleg) {
        return new Samenvatting(patroon, List.of(), null, List.of(), List.of(), uitleg);
    }
}
