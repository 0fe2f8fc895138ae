package nl.samenspel.gedoe;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A draw on the safety net as typed.
 *
 * @param datum the day; null: today
 * @param bedrag euros as typed, in Dutch notation ({@code 1.500,00})
 * @param gedoe the id of the gedoe item of this samenwerking it served, if any
 */
public record VangnetInvoer(
        @Nullable LocalDate datum,
        @Nullable String bedrag,
        @Nullable String waarvoor,
        @Nullable Long gedoe) {}
