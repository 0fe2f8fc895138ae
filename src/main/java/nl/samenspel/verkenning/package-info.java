/**
 * Exploration and negotiation between the parties of a cooperation. The core is the mutual-need
 * analysis ({@link nl.samenspel.verkenning.Behoefteanalyse}): per task, who needs whom, and therefore
 * cooperate, buy or leave it. Pure domain logic; persistence and pages build on top of it.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Verkenning en onderhandeling",
        allowedDependencies = {"audit", "gemeente", "platform", "samenwerking", "security"})
@org.jspecify.annotations.NullMarked
package nl.samenspel.verkenning;
