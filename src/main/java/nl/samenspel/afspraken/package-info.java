/**
 * Agreements per client (rules 2, 4, 6 and 7): the service catalogue of the shared organisation (a uniform back
 * office per service, front-office variants per client), the dienstverleningsovereenkomst (DVO) per client
 * municipality per year with its lines, their status (VAST, INDICATIEF, NOG_IN_TE_VULLEN), indicators, price and
 * volume, the flexible part (rek) with its register, review dates, and a new version with a reason for every change
 * after agreement (herprogrammering). {@link nl.samenspel.afspraken.AfsprakenFeiten} gives the check what it needs.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Afspraken (DVO)",
        allowedDependencies = {"account", "audit", "gemeente", "overgang", "platform", "samenwerking", "security"})
@org.jspecify.annotations.NullMarked
package nl.samenspel.afspraken;
