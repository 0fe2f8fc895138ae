/**
 * The governance designer (rule 2): bodies (organen) on four lines — supervision (TOEZICHT), client (KLANT), advice
 * (ADVIES) and execution (UITVOERING) — with seats for persons of a municipality, their role, portfolios and votes;
 * the bodies the chosen form requires are proposed; an SVG chart draws both lines apart.
 * {@link nl.samenspel.bestuur.BestuurFeiten} gives the check what it needs in bulk.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Bestuur",
        allowedDependencies = {"account", "audit", "gemeente", "platform", "samenwerking", "security", "vorm"})
@org.jspecify.annotations.NullMarked
package nl.samenspel.bestuur;
