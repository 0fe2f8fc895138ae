package nl.samenspel.rapportage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A progress report as the conversation module reads it to prepare an agenda.
 *
 * @param van the first day of the period it covers
 * @param tot the last day of the period it covers
 * @param ingediend whether it was submitted (every line has a status and a narrative)
 * @param lijnen one per DVO line, in the DVO's order
 */
public record Rapportageinhoud(
        long id, long dvoId, String gemeenteCode, LocalDate van, LocalDate tot, boolean ingediend, List<Lijn> lijnen) {

    public Rapportageinhoud {
        lijnen = List.copyOf(lijnen);
    }

    /**
     * @param regelId the DVO line (afspraken) it reports on
     * @param status null while not yet filled in
     * @param verhaal what happened and why, as typed; blank while not yet written
     * @param waarden a value per indicator the line defines (null value: not reported)
     */
    public record Lijn(
            long regelId,
            String dienst,
            String resultaat,
            @Nullable LijnStatus status,
            String verhaal,
            List<Indicatorwaarde> waarden) {
        public Lijn {
            waarden = List.copyOf(waarden);
        }
    }

    public record Indicatorwaarde(
            String indicator, @Nullable BigDecimal waarde) {}
}
