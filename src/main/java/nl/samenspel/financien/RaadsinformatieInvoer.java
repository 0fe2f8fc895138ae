package nl.samenspel.financien;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * That a raad was informed.
 *
 * @param gemeente the municipality code; null: the user's own municipality
 * @param geinformeerdOp null: today
 */
public record RaadsinformatieInvoer(
        @Nullable String gemeente,
        @Nullable LocalDate geinformeerdOp,
        @Nullable Informatiewijze wijze,
        @Nullable String toelichting) {}
