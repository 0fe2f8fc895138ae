package nl.samenspel.platform;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** A moment as Dutch readers write it, in Dutch time, the same on every page ("3 maart 2026, 14:05"). */
public final class Tijdstip {

    /** Dutch time: what "today" and "this year" mean for the users, whatever the server's own time zone is. */
    public static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    public static final DateTimeFormatter FORMAAT =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Teksten.NL).withZone(NEDERLAND);

    /** For the audit trail, where several changes can fall in one minute. */
    public static final DateTimeFormatter MET_SECONDEN =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm:ss", Teksten.NL).withZone(NEDERLAND);

    /** Compact, for table cells ("2-1-2099 12:30"). */
    public static final DateTimeFormatter KORT =
            DateTimeFormatter.ofPattern("d-M-yyyy HH:mm", Teksten.NL).withZone(NEDERLAND);

    /** A day, as in "3 maart 2026": the day an event happened (see {@link Gebeurdatum}). */
    public static final DateTimeFormatter DAG = DateTimeFormatter.ofPattern("d MMMM yyyy", Teksten.NL);

    private Tijdstip() {}

    public static String dag(java.time.LocalDate dag) {
        return DAG.format(dag);
    }

    public static String tekst(Instant moment) {
        return moment == null ? "" : FORMAAT.format(moment);
    }

    public static String metSeconden(Instant moment) {
        return moment == null ? "" : MET_SECONDEN.format(moment);
    }
}
