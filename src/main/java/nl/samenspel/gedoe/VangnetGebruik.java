package nl.samenspel.gedoe;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One draw on the safety net.
 *
 * @param gedoe the gedoe item it served, if any
 */
public record VangnetGebruik(
        long id,
        LocalDate datum,
        BigDecimal bedrag,
        String waarvoor,
        @Nullable Long gedoe,
        String gemeldDoor) {}
