/**
 * Samenwerkingen: cooperations of municipalities led by a regisseur, their phase and participants.
 * Other modules use {@link nl.samenspel.samenwerking.Samenwerkingen} to find a samenwerking the current
 * user may see and to check what the user may do with it, and listen to
 * {@link nl.samenspel.samenwerking.SamenwerkingGewijzigd}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Samenwerking",
        allowedDependencies = {"account", "audit", "gemeente", "platform", "security"})
@org.jspecify.annotations.NullMarked
package nl.samenspel.samenwerking;
