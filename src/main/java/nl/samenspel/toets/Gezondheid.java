package nl.samenspel.toets;

import java.util.Collection;

/** The health of one rule: the worst open finding decides; acknowledged and resolved ones do not count. */
public enum Gezondheid {
    IN_ORDE,
    AANDACHT,
    RISICO;

    static Gezondheid van(Collection<Bevinding> bevindingen) {
        Gezondheid g = IN_ORDE;
        for (Bevinding b : bevindingen) {
            if (b.status() == Status.OPEN) {
                Gezondheid deze = b.ernst() == Ernst.RISICO ? RISICO : AANDACHT;
                if (deze.ordinal() > g.ordinal()) {
                    g = deze;
                }
            }
        }
        return g;
    }
}
