/**
 * The form step (rule 1, step 5, and rule 5): a reasoned advice per legal form once the gate is open, grounded in the
 * samenwerking's own data (the routes per task) and a few questions, with a legal basis per reason
 * ({@link nl.samenspel.vorm.Wetsgrond}, reference data with its source); and the recorded decision for one
 * {@link nl.samenspel.vorm.Vorm}, audited, changeable. {@link nl.samenspel.vorm.VormFeiten} gives the check what
 * it needs in bulk.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Vorm",
        allowedDependencies = {
            "account",
            "audit",
            "gemeente",
            "platform",
            "samenwerking",
            "security",
            "stappen",
            "verkenning"
        })
@org.jspecify.annotations.NullMarked
package nl.samenspel.vorm;
