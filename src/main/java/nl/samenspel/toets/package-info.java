/**
 * The golden-rules check (toets): named checks ({@link nl.samenspel.toets.Controle}) over a read-only snapshot of
 * one samenwerking ({@link nl.samenspel.toets.ToetsFeiten}), their stored findings with history, acknowledgement
 * (bewust afgeweken) and the health views per samenwerking and per municipality. Re-evaluated after every
 * {@link nl.samenspel.samenwerking.SamenwerkingGebeurtenis}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Toets gouden regels",
        allowedDependencies = {
            "account",
            "afspraken",
            "audit",
            "bestuur",
            "evaluatie",
            "financien",
            "gedoe",
            "gemeente",
            "gesprek",
            "kalender",
            "overgang",
            "platform",
            "rapportage",
            "regeling",
            "samenwerking",
            "scan",
            "security",
            "stappen",
            "verkenning",
            "vorm"
        })
@org.jspecify.annotations.NullMarked
package nl.samenspel.toets;
