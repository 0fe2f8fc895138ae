/**
 * Progress reports on the horizontal line (rule 7): per client DVO per period a status per DVO line
 * ({@link nl.samenspel.rapportage.LijnStatus}), indicator values where the line defines indicators, and a short
 * narrative (what happened, why) that the report cannot be submitted without; trends of the statuses per client and
 * per service across clients, as SVG charts with a table. {@link nl.samenspel.rapportage.RapportageFeiten} gives the
 * check what it needs; {@link nl.samenspel.rapportage.Rapportages#inhoud} gives the conversation module a report.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Voortgangsrapportage",
        allowedDependencies = {"account", "afspraken", "audit", "gemeente", "platform", "samenwerking", "security"})
@org.jspecify.annotations.NullMarked
package nl.samenspel.rapportage;
