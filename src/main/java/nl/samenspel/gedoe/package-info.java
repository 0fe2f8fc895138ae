/**
 * Designing for friction (rule 3): the gedoelog of unforeseen matters — raised, routed to a forum (a body of the
 * bestuur module), decided, with the lesson learned and the DVO revision it led to — the forum for unforeseen
 * matters, and the safety net (vangnet): a budget for the unforeseen and its use.
 * {@link nl.samenspel.gedoe.GedoeFeiten} gives the check what it needs.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Gedoe",
        allowedDependencies = {
            "account",
            "afspraken",
            "audit",
            "bestuur",
            "gemeente",
            "platform",
            "samenwerking",
            "security"
        })
@org.jspecify.annotations.NullMarked
package nl.samenspel.gedoe;
