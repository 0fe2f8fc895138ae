package nl.samenspel.platform;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * The day something happened, as a user records it (a phase transition, a decision, a tension): today when
 * left out, a day in the past when a process is recorded afterwards, never a day in the future. "Today" is the
 * Dutch day. One rule for every event, in the API ({@code "datum": "2019-03-14"}) and on pages (a date field).
 */
public final class Gebeurdatum {

    /** Older dates are typing errors ("0219" for "2019"), not history anyone records here. */
    public static final LocalDate VROEGST = LocalDate.of(1950, 1, 1);

    private Gebeurdatum() {}

    public static LocalDate vandaag() {
        return LocalDate.now(Clock.system(Tijdstip.NEDERLAND));
    }

    /**
     * The recorded day: {@code datum}, or today when it is null. A day after today or before {@link #VROEGST}
     * adds an error for {@code veld} and returns today, so the caller throws with the other errors.
     */
    public static LocalDate controleer(Fouten fouten, String veld, @Nullable LocalDate datum) {
        LocalDate vandaag = vandaag();
        if (datum == null) {
            return vandaag;
        }
        if (datum.isAfter(vandaag)) {
            fouten.voeg(veld, "fout.datum.toekomst");
            return vandaag;
        }
        if (datum.isBefore(VROEGST)) {
            fouten.voeg(veld, "fout.datum.te-vroeg", VROEGST.getYear());
            return vandaag;
        }
        return datum;
    }

    /**
     * A date as text ({@code yyyy-MM-dd}) for a service that checks it with {@link #controleer}: null when empty;
     * an unreadable date is refused here (400 for {@code veld}), so the service never sees it.
     */
    public static @Nullable LocalDate lees(String veld, @Nullable String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(tekst.strip());
        } catch (DateTimeParseException e) {
            throw new OngeldigeInvoerException(new Fouten().voeg(veld, "fout.datum.ongeldig"));
        }
    }

    /** As {@link #controleer}, from a form field ({@code yyyy-MM-dd}, as a date input sends it; empty = today). */
    public static LocalDate uitFormulier(Fouten fouten, String veld, @Nullable String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return vandaag();
        }
        try {
            return controleer(fouten, veld, LocalDate.parse(tekst.strip()));
        } catch (DateTimeParseException e) {
            fouten.voeg(veld, "fout.datum.ongeldig");
            return vandaag();
        }
    }
}
