package nl.samenspel.financien;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Each municipality's contribution in one year, computed by the key ({@link Verdeling}: the parts add up to the
 * total to the cent), and its part of the extra contributions and deficits of that year (by the same key).
 *
 * @param totaal the budget total; null when no budget was entered for the year
 * @param soort the key; null while none is set
 * @param extraTotaal the extra contributions and deficits of the year together
 * @param regels one per participating municipality, in the samenwerking's order; empty when nothing can be
 *     computed ({@link #berekenbaar()} false)
 * @param zonderGrondslag municipalities without a weight in the key (joined after it was set, or no inhabitants in
 *     the reference data): they pay nothing until the key is corrected
 */
public record Bijdragen(
        int jaar,
        @Nullable BigDecimal totaal,
        @Nullable SleutelSoort soort,
        BigDecimal extraTotaal,
        List<Bijdrage> regels,
        List<String> zonderGrondslag) {

    public Bijdragen {
        regels = List.copyOf(regels);
        zonderGrondslag = List.copyOf(zonderGrondslag);
    }

    public boolean berekenbaar() {
        return !regels.isEmpty();
    }

    /** The largest contribution plus extra of one municipality (for the scale of a chart); zero when none. */
    public BigDecimal grootste() {
        return regels.stream().map(Bijdrage::samen).reduce(BigDecimal.ZERO, BigDecimal::max);
    }

    /**
     * @param grondslag the weight used: the share in percent (VAST), the inhabitants (INWONERS) or the usage units
     *     (GEBRUIK)
     * @param aandeel the share in percent, two decimals (for reading; the amounts are split exactly)
     * @param bijdrage the contribution from the budget; zero when no budget was entered
     * @param extra the part of the year's extra contributions and deficits
     */
    public record Bijdrage(
            String gemeenteCode,
            String gemeenteNaam,
            BigDecimal grondslag,
            BigDecimal aandeel,
            BigDecimal bijdrage,
            BigDecimal extra) {

        public BigDecimal samen() {
            return bijdrage.add(extra);
        }
    }
}
