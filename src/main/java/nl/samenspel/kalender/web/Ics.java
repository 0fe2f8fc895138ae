package nl.samenspel.kalender.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A minimal iCalendar (RFC 5545) writer for all-day events: CRLF line endings, lines folded at 75 octets (never
 * inside a UTF-8 character), TEXT values escaped, dates as {@code VALUE=DATE} without a time zone (floating dates, so
 * no TZID: ical4j and Outlook read a date as that day everywhere).
 */
final class Ics {

    static final String CRLF = "\r\n";
    private static final int MAX_OCTETTEN = 75;
    private static final DateTimeFormatter DAG = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STEMPEL =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** One all-day event. */
    record Gebeurtenis(String uid, LocalDate dag, String samenvatting, String beschrijving) {}

    private Ics() {}

    static String kalender(String naam, Instant gemaakt, List<Gebeurtenis> gebeurtenissen) {
        StringBuilder uit = new StringBuilder();
        regel(uit, "BEGIN:VCALENDAR");
        regel(uit, "VERSION:2.0");
        regel(uit, "PRODID:-//Samenspel//P&C-kalender//NL");
        regel(uit, "CALSCALE:GREGORIAN");
        regel(uit, "METHOD:PUBLISH");
        regel(uit, "X-WR-CALNAME:" + tekst(naam));
        String stempel = STEMPEL.format(gemaakt);
        for (Gebeurtenis g : gebeurtenissen) {
            regel(uit, "BEGIN:VEVENT");
            regel(uit, "UID:" + g.uid());
            regel(uit, "DTSTAMP:" + stempel);
            regel(uit, "DTSTART;VALUE=DATE:" + DAG.format(g.dag()));
            regel(uit, "DTEND;VALUE=DATE:" + DAG.format(g.dag().plusDays(1)));
            regel(uit, "SUMMARY:" + tekst(g.samenvatting()));
            regel(uit, "DESCRIPTION:" + tekst(g.beschrijving()));
            regel(uit, "TRANSP:TRANSPARENT");
            regel(uit, "END:VEVENT");
        }
        regel(uit, "END:VCALENDAR");
        return uit.toString();
    }

    /** RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks escaped. */
    static String tekst(String waarde) {
        return waarde.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    /** RFC 5545 §3.1: a content line longer than 75 octets continues on the next line after CRLF and a space. */
    static void regel(StringBuilder uit, String inhoud) {
        int octetten = 0;
        int i = 0;
        while (i < inhoud.length()) {
            int teken = inhoud.codePointAt(i);
            int lengte = new String(Character.toChars(teken)).getBytes(StandardCharsets.UTF_8).length;
            if (octetten + lengte > MAX_OCTETTEN) {
                uit.append(CRLF).append(' ');
                octetten = 1;
            }
            uit.appendCodePoint(teken);
            octetten += lengte;
            i += Character.charCount(teken);
        }
        uit.append(CRLF);
    }
}
