/**
 * Evaluation and exit (rule 3): evaluations as the regeling arranges them, with findings and follow-up actions;
 * a party's uittreding (conditions, settlement, staff, assets and contracts, status) and the opheffing of the whole
 * samenwerking with its vereffening. When an uittreding takes effect the party leaves through
 * {@code Samenwerkingen.vertrek}: its history stays, shown as "vertrokken".
 * {@link nl.samenspel.evaluatie.EvaluatieFeiten} gives the check what it needs.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Evaluatie en uittreding",
        allowedDependencies = {
            "account",
            "afspraken",
            "audit",
            "bestuur",
            "gemeente",
            "platform",
            "regeling",
            "samenwerking",
            "security"
        })
@org.jspecify.annotations.NullMarked
package nl.samenspel.evaluatie;
