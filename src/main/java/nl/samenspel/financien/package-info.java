/**
 * Money per municipality (rule 7, vertical line; rule 6): the cost-sharing key (verdeelsleutel: fixed shares,
 * inhabitants from the reference data, or usage), per year the budget and each municipality's contribution, and the
 * financial events that change it (budget changes, extra contributions, deficits and surpluses) with the day each
 * became known and the day and way each raad was informed. {@link nl.samenspel.financien.FinancienFeiten} gives the
 * check what it needs.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Financiën",
        allowedDependencies = {"account", "audit", "gemeente", "platform", "samenwerking", "security"})
@org.jspecify.annotations.NullMarked
package nl.samenspel.financien;
