/**
 * The service conversation (dienstverleningsgesprek, rule 7): steering happens in the conversation, fed by the
 * report. From a report the module prepares an agenda (deviations and attention points first, open actions from last
 * time, stretch used, new gedoe items), each item with probing questions from an editable question bank; afterwards
 * the notes, the agreed adjustments (which can open a new DVO version through {@code Afspraken.herzie}) and actions
 * with owner and due date, which open the next conversation. {@link nl.samenspel.gesprek.GesprekFeiten} gives the
 * check what it needs.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Dienstverleningsgesprek",
        allowedDependencies = {
            "account",
            "afspraken",
            "audit",
            "gedoe",
            "gemeente",
            "platform",
            "rapportage",
            "samenwerking",
            "security"
        })
@org.jspecify.annotations.NullMarked
package nl.samenspel.gesprek;
