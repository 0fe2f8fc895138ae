package nl.samenspel.toets;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A stored finding of one check about one samenwerking (and onderwerp) in one view of the check, with its history
 * when loaded.
 */
public record Bevinding(
        long id,
        long samenwerkingId,
        Weergave weergave,
        String controle,
        String onderwerp,
        int regel,
        Ernst ernst,
        Status status,
        List<String> argumenten,
        Instant sinds,
        @Nullable String erkendDoor,
        @Nullable Instant erkendOp,
        @Nullable String erkendReden,
        @Nullable Instant opgelostOp,
        long versie,
        List<Gebeurtenis> historie) {

    /**
     * VERSCHENEN, ERKEND, OPGELOST or TERUG.
     *
     * @param reden the reason a user gave (ERKEND)
     * @param toelichting the message key of what repaired the cause (OPGELOST; null before issue 10)
     */
    public record Gebeurtenis(
            String soort,
            @Nullable String door,
            @Nullable String reden,
            @Nullable String toelichting,
            Instant op) {}

    Bevinding metHistorie(List<Gebeurtenis> h) {
        return new Bevinding(
                id,
                samenwerkingId,
                weergave,
                controle,
                onderwerp,
                regel,
                ernst,
                status,
                argumenten,
                sinds,
                erkendDoor,
                erkendOp,
                erkendReden,
                opgelostOp,
                versie,
                h);
    }

    String sleutel() {
        return controle + "|" + onderwerp;
    }
}
