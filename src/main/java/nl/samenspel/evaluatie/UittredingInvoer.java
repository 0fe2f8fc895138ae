package nl.samenspel.evaluatie;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a user sends for an uittreding; the service checks it. {@code status} null keeps the current status (a new
 * uittreding starts AANGEKONDIGD); {@code aangekondigdOp} null is today.
 */
public record UittredingInvoer(
        @Nullable String gemeente,
        @Nullable LocalDate aangekondigdOp,
        @Nullable LocalDate datum,
        @Nullable String reden,
        @Nullable String voorwaarden,
        @Nullable BigDecimal afrekening,
        @Nullable AfrekeningRichting richting,
        @Nullable String personeel,
        @Nullable String vermogen,
        @Nullable String contracten,
        @Nullable UittredingStatus status) {}
