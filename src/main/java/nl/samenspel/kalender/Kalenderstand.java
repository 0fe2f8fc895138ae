package nl.samenspel.kalender;

import java.util.List;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.vorm.Vorm;
import org.jspecify.annotations.Nullable;

/**
 * The calendar of one budget year as a reader sees it.
 *
 * @param vorm the decided form, null while none is decided
 * @param vanToepassing whether the form has a budget (openbaar lichaam, bedrijfsvoeringsorganisatie,
 *     gemeenschappelijk orgaan); when false the page says why there is no statutory calendar
 * @param regels the computed moments of the year (empty when not applicable)
 * @param zienswijzen the zienswijzen on the draft budget and the budget changes of the year
 * @param jaren every budget year something was recorded for, oldest first
 */
public record Kalenderstand(
        Samenwerking samenwerking,
        @Nullable Vorm vorm,
        boolean vanToepassing,
        Jaarplan plan,
        List<Kalenderregel> regels,
        List<Raadszienswijze> zienswijzen,
        List<Integer> jaren) {

    public Kalenderstand {
        regels = List.copyOf(regels);
        zienswijzen = List.copyOf(zienswijzen);
        jaren = List.copyOf(jaren);
    }

    /** Every warning of the year, in the order of the moments. */
    public long aantalWaarschuwingen() {
        return regels.stream().mapToLong(r -> r.waarschuwingen().size()).sum();
    }
}
