package nl.samenspel.rapportage;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import nl.samenspel.platform.Teksten;
import nl.samenspel.platform.Tijdstip;

/**
 * The period a report covers, both days included, with a readable Dutch name: a whole year ("2027"), a half year, a
 * quarter, a month ("maart 2027"), otherwise the two days.
 */
public record Periode(LocalDate van, LocalDate tot) {

    private static final DateTimeFormatter MAAND = DateTimeFormatter.ofPattern("MMMM yyyy", Teksten.NL);

    /** A message key and its arguments (all text, so that MessageFormat does not group a year as 2.027). */
    public record Label(String sleutel, Object... argumenten) {}

    /** Whether the two periods share at least one day. */
    public boolean overlapt(Periode ander) {
        return !van.isAfter(ander.tot) && !ander.van.isAfter(tot);
    }

    public Label label() {
        String jaar = String.valueOf(van.getYear());
        boolean eersteDag = van.getDayOfMonth() == 1;
        boolean laatsteDag = tot.equals(tot.with(TemporalAdjusters.lastDayOfMonth()));
        if (eersteDag && laatsteDag && van.getYear() == tot.getYear()) {
            int maanden = tot.getMonthValue() - van.getMonthValue() + 1;
            int begin = van.getMonthValue();
            if (maanden == 12) {
                return new Label("rapportage.periode.jaar", jaar);
            }
            if (maanden == 6 && (begin == 1 || begin == 7)) {
                return new Label("rapportage.periode.halfjaar", String.valueOf(begin == 1 ? 1 : 2), jaar);
            }
            if (maanden == 3 && (begin - 1) % 3 == 0) {
                return new Label("rapportage.periode.kwartaal", String.valueOf((begin - 1) / 3 + 1), jaar);
            }
            if (maanden == 1) {
                return new Label("rapportage.periode.maand", MAAND.format(van));
            }
        }
        return new Label("rapportage.periode.vrij", Tijdstip.dag(van), Tijdstip.dag(tot));
    }

    /** The label in Dutch. */
    public String tekst(Teksten teksten) {
        Label l = label();
        return teksten.t(l.sleutel(), l.argumenten());
    }
}
