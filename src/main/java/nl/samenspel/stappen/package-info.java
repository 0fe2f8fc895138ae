/**
 * Stappen en fasen: the steps of rule 1 (wat, hoe, spanningen, vanzelfdynamiek, vorm), who discussed them,
 * the gate before the form step and phase VORMGEVEN, postponed decisions, and the practice mode (oefenmodus).
 * Other modules listen to {@link nl.samenspel.stappen.StappenGewijzigd}; the demo module seeds through
 * {@link nl.samenspel.stappen.Stappen#zaai}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Stappen en fasen",
        allowedDependencies = {"audit", "gemeente", "platform", "samenwerking", "security"})
@org.jspecify.annotations.NullMarked
package nl.samenspel.stappen;
