/**
 * The start of the running cooperation (rules 3 and 6): the formal start date, the transition period
 * (transitieperiode, the learning period) with its measures, the inventory of what moves over
 * (overdrachtsinventaris, including the small in-between tasks and what turned out to move unforeseen) and the
 * expectations register per stakeholder group. {@link nl.samenspel.overgang.OvergangFeiten} gives the check what it
 * needs.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Overgang",
        allowedDependencies = {"account", "audit", "gemeente", "platform", "samenwerking", "security"})
@org.jspecify.annotations.NullMarked
package nl.samenspel.overgang;
