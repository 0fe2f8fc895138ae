package nl.samenspel.afspraken;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.samenspel.overgang.Transitie;

/**
 * The rhythm the transition period sets (rule 6): during a running period a new line is INDICATIEF unless said
 * otherwise, and reviews come every quarter instead of once halfway the year. Pure functions, no Spring.
 */
public final class AfsprakenRitme {

    private AfsprakenRitme() {}

    /** A proposed review date with the message key of its subject and its argument (the quarter). */
    public record Voorstel(LocalDate datum, String onderwerpSleutel, int kwartaal) {}

    /** The status of a new line when none is given: INDICATIEF while the transition period runs on {@code dag}. */
    public static RegelStatus standaardStatus(Optional<Transitie> transitie, LocalDate dag) {
        return transitie.filter(t -> t.loopt(dag)).isPresent() ? RegelStatus.INDICATIEF : RegelStatus.VAST;
    }

    /**
     * The review dates to propose for a DVO of {@code jaar}: the end of every quarter of that year within the
     * transition period when the period overlaps the year (its last day when no quarter ends within it), otherwise
     * one halfway the year (1 July).
     */
    public static List<Voorstel> herzieningsmomenten(Optional<Transitie> transitie, int jaar) {
        LocalDate begin = LocalDate.of(jaar, 1, 1);
        LocalDate eind = LocalDate.of(jaar, 12, 31);
        Optional<Transitie> overlapt =
                transitie.filter(t -> !t.start().isAfter(eind) && !t.eind().isBefore(begin));
        if (overlapt.isEmpty()) {
            return List.of(new Voorstel(LocalDate.of(jaar, 7, 1), "afspraken.moment.halverwege", 0));
        }
        Transitie t = overlapt.get();
        List<Voorstel> uit = new ArrayList<>();
        for (int kwartaal = 1; kwartaal <= 4; kwartaal++) {
            LocalDate einde = LocalDate.of(jaar, kwartaal * 3, 1)
                    .withDayOfMonth(1)
                    .plusMonths(1)
                    .minusDays(1);
            if (t.loopt(einde)) {
                uit.add(new Voorstel(einde, "afspraken.moment.kwartaal", kwartaal));
            }
        }
        if (uit.isEmpty()) {
            LocalDate laatste = t.eind().isAfter(eind) ? eind : t.eind();
            uit.add(new Voorstel(laatste, "afspraken.moment.einde-transitie", 0));
        }
        return uit;
    }
}
