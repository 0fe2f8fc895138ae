package nl.samenspel.gedoe;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The safety net of a samenwerking: its budget, what was drawn, and what remains. Drawing beyond the budget is
 * recorded (the money was spent) and shown plainly as an overrun: {@code resterend} becomes negative.
 *
 * @param budget null while none is set
 */
public record Vangnet(@Nullable BigDecimal budget, BigDecimal gebruikt, List<VangnetGebruik> gebruik) {

    public Vangnet {
        gebruik = List.copyOf(gebruik);
    }

    /** The budget minus what was used; null while no budget is set. */
    public @Nullable BigDecimal resterend() {
        return budget == null ? null : budget.subtract(gebruikt);
    }

    /** Whether more was used than the budget holds. */
    public boolean overschreden() {
        BigDecimal rest = resterend();
        return rest != null && rest.signum() < 0;
    }

    /** The amount beyond the budget (zero when within it). */
    public BigDecimal overschrijding() {
        BigDecimal rest = resterend();
        return rest == null || rest.signum() >= 0 ? BigDecimal.ZERO.setScale(2) : rest.negate();
    }
}
