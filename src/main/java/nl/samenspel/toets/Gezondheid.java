package nl.samenspel.toets;

import java.util.Collection;

/**
 * The health of one rule (or of a whole samenwerking). The worst open finding decides; a rule whose remaining
 * findings were all acknowledged was deviated from on purpose ({@link #AFGEWEKEN}), which is not the same as in
 * order; and a rule without any check that applies in the current phase is {@link #NIET_GETOETST}: nobody looked,
 * so nobody may read it as in order. Declared from least to most serious for the total (see {@link #zwaarder}).
 */
public enum Gezondheid {
    /** No check of this rule applies (yet): no check exists, or its checks start in a later phase. */
    NIET_GETOETST,
    IN_ORDE,
    /** No open finding, but at least one acknowledged one: the regisseur deviated on purpose. */
    AFGEWEKEN,
    AANDACHT,
    RISICO;

    /** The more serious of the two; NIET_GETOETST never outweighs a rule that was checked. */
    Gezondheid zwaarder(Gezondheid ander) {
        return ander.ordinal() > ordinal() ? ander : this;
    }

    /**
     * The health of one rule from its findings. Open findings count even when the rule is not checked any more (a
     * phase moved back): what is open is shown, never hidden behind "not checked".
     */
    static Gezondheid van(Collection<Bevinding> bevindingen, boolean getoetst) {
        boolean erkend = false;
        Gezondheid open = null;
        for (Bevinding b : bevindingen) {
            if (b.status() == Status.OPEN) {
                Gezondheid deze = b.ernst() == Ernst.RISICO ? RISICO : AANDACHT;
                open = open == null ? deze : open.zwaarder(deze);
            } else if (b.status() == Status.ERKEND) {
                erkend = true;
            }
        }
        if (open != null) {
            return open;
        }
        if (!getoetst) {
            return NIET_GETOETST;
        }
        return erkend ? AFGEWEKEN : IN_ORDE;
    }
}
