/**
 * The council's view of a samenwerking (issue 11): what it does for one participating municipality, in plain
 * Dutch, read-only. Owns no tables; it combines the public APIs of samenwerking, verkenning, stappen and toets and
 * shows only what every party may see (shared positions, the shared view of the check).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Voor de raad",
        allowedDependencies = {
            "bestuur",
            "gemeente",
            "platform",
            "regeling",
            "samenwerking",
            "security",
            "stappen",
            "toets",
            "verkenning",
            "vorm"
        })
@org.jspecify.annotations.NullMarked
package nl.samenspel.raad;
