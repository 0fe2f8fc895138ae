package nl.samenspel.toets;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** For the check's templates: a moment as Dutch readers write it. */
public final class Tijdstip {

    private static final DateTimeFormatter FORMAAT = DateTimeFormatter
            .ofPattern("d MMMM yyyy, HH:mm", Locale.forLanguageTag("nl-NL")).withZone(ZoneId.of("Europe/Amsterdam"));

    private Tijdstip() {}

    public static String tekst(Instant i) {
        return i == null ? "" : FORMAAT.format(i);
    }
}
