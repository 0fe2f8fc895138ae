package nl.samenspel.audit;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Records every create, update and delete; there is deliberately no way to change or remove a record. */
public interface AuditTrail {

    /**
     * Records a change by the current user. Only fields whose value differs between {@code voor}
     * and {@code na} are kept; pass an empty map for "did not exist" (create) or "no longer exists" (delete).
     */
    void legVast(
            Actie actie,
            String entiteitType,
            Object entiteitId,
            @Nullable Long samenwerkingId,
            Map<String, ?> voor,
            Map<String, ?> na);

    /** As {@link #legVast}, for data that is confidential to one municipality until it shares it. */
    void legVastVertrouwelijk(
            Actie actie,
            String entiteitType,
            Object entiteitId,
            @Nullable Long samenwerkingId,
            String gemeenteCode,
            Map<String, ?> voor,
            Map<String, ?> na);

    /** Newest first. Access checks are the caller's: filter confidential content with {@link AuditEvent#zonderInhoud()}. */
    List<AuditEvent> voorSamenwerking(long samenwerkingId);

    List<AuditEvent> voorEntiteit(String entiteitType, Object entiteitId);
}
