package nl.samenspel.verkenning;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a party sees as the end state of the cooperation: the structured part of its position beside the free text.
 * The toets compares these (never the free text) to find parties whose end goals rule each other out.
 */
public enum Einddoel {
    ZELFSTANDIG_BLIJVEN,
    AMBTELIJKE_SAMENWERKING,
    AMBTELIJKE_FUSIE,
    BESTUURLIJKE_FUSIE_OP_TERMIJN,
    NOG_OPEN;

    /** Message key of the label, e.g. "bestuurlijke fusie op termijn". */
    public String sleutel() {
        return "verkenning.einddoel." + name();
    }

    /**
     * The end states a party rules out: what it ticked explicitly plus what its own end goal implies (who wants to
     * stay independent rules out a merger of the municipalities, docs/begrippen.md).
     */
    public static Set<Einddoel> uitgesloten(@Nullable Einddoel einddoel, Collection<Einddoel> uitgeslotenEinddoelen) {
        Set<Einddoel> uit = EnumSet.noneOf(Einddoel.class);
        uit.addAll(uitgeslotenEinddoelen);
        if (einddoel == ZELFSTANDIG_BLIJVEN) {
            uit.add(BESTUURLIJKE_FUSIE_OP_TERMIJN);
        }
        return uit;
    }
}
