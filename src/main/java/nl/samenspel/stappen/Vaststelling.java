package nl.samenspel.stappen;

import java.time.Instant;
import java.time.LocalDate;
import nl.samenspel.samenwerking.BesluitOrgaan;

/**
 * A municipality's deciding body (college, burgemeester or raad) decided on a step ("bestuurlijk vastgesteld"), on
 * {@code datum}, documented in {@code referentie} (a decision number or a link); recorded by {@code door} at
 * {@code op}. {@code verouderd}: the step's content changed after it was recorded.
 */
public record Vaststelling(
        long id,
        Stap stap,
        String gemeenteCode,
        BesluitOrgaan orgaan,
        LocalDate datum,
        String referentie,
        String door,
        Instant op,
        long revisie,
        boolean verouderd) {

    public boolean huidig() {
        return !verouderd;
    }
}
