/**
 * The statutory planning and control calendar of a gemeenschappelijke regeling with a budget (rule 7, vertical
 * line): per budget year the moments the Wgr fixes (kaders and provisional accounts to the raden, the draft budget
 * twelve weeks before adoption with the raden's zienswijze window, the adopted budget and the annual accounts to
 * Gedeputeerde Staten, budget changes through the same procedure), computed from the board dates the samenwerking
 * plans, each with its article; per raad its zienswijze and the board's reasoned answer; an iCalendar feed per
 * samenwerking and per municipality. {@link nl.samenspel.kalender.KalenderFeiten} gives the check what it needs.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "P&C-kalender",
        allowedDependencies = {"account", "audit", "gemeente", "platform", "samenwerking", "security", "vorm"})
@org.jspecify.annotations.NullMarked
package nl.samenspel.kalender;
