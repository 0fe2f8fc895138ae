/**
 * The samenwerkingsscan (rule 7): a periodic health check of the relationship itself, filled in by every party
 * (ratings 1 to 5 and open answers on strategic value, delivery, relationship and trust, and governance). The
 * differences between parties are shown, not averaged away; a scan ends in an action plan agreed in the
 * conversation. {@link nl.samenspel.scan.ScanFeiten} gives the check what it needs.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Samenwerkingsscan",
        allowedDependencies = {"account", "audit", "gemeente", "platform", "samenwerking", "security"})
@org.jspecify.annotations.NullMarked
package nl.samenspel.scan;
