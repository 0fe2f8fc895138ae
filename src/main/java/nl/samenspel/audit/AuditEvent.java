package nl.samenspel.audit;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One recorded change. {@code vertrouwelijkVoor} names the municipality whose confidential data
 * this change touched; readers outside it see only who and when ({@link #zonderInhoud()}).
 */
public record AuditEvent(
        long id,
        Instant tijdstip,
        String gebruiker,
        Actie actie,
        String entiteitType,
        String entiteitId,
        @Nullable Long samenwerkingId,
        @Nullable String vertrouwelijkVoor,
        List<Wijziging> wijzigingen) {

    public AuditEvent zonderInhoud() {
        return new AuditEvent(
                id, tijdstip, gebruiker, actie, entiteitType, entiteitId, samenwerkingId, vertrouwelijkVoor, List.of());
    }
}
