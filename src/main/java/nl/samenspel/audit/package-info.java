/**
 * The append-only audit trail: who changed what, when, with the before and after values of
 * the changed fields. Other modules record through {@link nl.samenspel.audit.AuditTrail}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Historie",
        allowedDependencies = {"security"})
@org.jspecify.annotations.NullMarked
package nl.samenspel.audit;
