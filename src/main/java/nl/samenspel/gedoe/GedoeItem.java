package nl.samenspel.gedoe;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * One unforeseen matter in the gedoelog of a samenwerking.
 *
 * @param volgnummer its number within the samenwerking (1, 2, ...)
 * @param gemeldDoor the account that raised it; {@code gemeldDoorNaam} its display name at the time
 * @param gemeldDoorGemeente the municipality it came from; null: the shared organisation
 * @param forum the body (bestuur orgaan id) it was routed to; the body may have been deleted since
 * @param dvoId the DVO whose revision it led to, with the version number and the label as they were
 */
public record GedoeItem(
        long id,
        long samenwerkingId,
        int volgnummer,
        String titel,
        String omschrijving,
        GedoeSoort soort,
        String gemeldDoor,
        String gemeldDoorNaam,
        @Nullable String gemeldDoorGemeente,
        LocalDate gemeldOp,
        @Nullable Long forum,
        @Nullable LocalDate doorgeleidOp,
        @Nullable String besluit,
        @Nullable LocalDate beslotenOp,
        @Nullable String les,
        GedoeStatus status,
        @Nullable Long dvoId,
        @Nullable Integer dvoVersienummer,
        @Nullable String dvoLabel,
        long versie) {

    /** Days since it was raised, on {@code vandaag} (never negative). */
    public long leeftijd(LocalDate vandaag) {
        return Math.max(0, ChronoUnit.DAYS.between(gemeldOp, vandaag));
    }

    /** Still unrouted or undecided beyond the samenwerking's term ({@code termijnDagen}) on {@code vandaag}. */
    public boolean teLaat(LocalDate vandaag, int termijnDagen) {
        return status.open() && leeftijd(vandaag) > termijnDagen;
    }

    public boolean herzien() {
        return dvoId != null;
    }

    /** Whether {@code orgaanId} is the forum it is routed to (which may have been deleted since). */
    public boolean isForum(long orgaanId) {
        return forum != null && forum == orgaanId;
    }
}
