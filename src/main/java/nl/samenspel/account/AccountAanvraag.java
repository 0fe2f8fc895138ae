package nl.samenspel.account;

import java.text.Normalizer;
import java.time.Instant;
import java.util.Locale;
import nl.samenspel.security.Rol;
import org.jspecify.annotations.Nullable;

/**
 * A regisseur's request to a beheerder for an account for someone of a participating municipality: who (name,
 * optionally an e-mail address for the beheerder's own contact), in which role and for which municipality, for
 * which samenwerking, and how it was handled (an account made, or refused with a reason).
 */
public record AccountAanvraag(
        long id,
        long samenwerkingId,
        String weergavenaam,
        @Nullable String email,
        Rol rol,
        String gemeenteCode,
        @Nullable String toelichting,
        String aangevraagdDoor,
        Instant aangevraagdOp,
        Status status,
        @Nullable String afgehandeldDoor,
        @Nullable Instant afgehandeldOp,
        @Nullable String reden,
        @Nullable Long accountId,
        long versie) {

    public enum Status {
        /** Waiting for a beheerder. */
        OPEN,
        /** The beheerder made the account. */
        AANGEMAAKT,
        /** The beheerder refused, with a reason. */
        AFGEWEZEN
    }

    public boolean open() {
        return status == Status.OPEN;
    }

    /**
     * A user name proposed from the name: lower case, accents dropped, every other run of characters a dot
     * ("Anna de Vries-Öztürk" → "anna.de.vries.ozturk"); at least three characters. The beheerder may change it.
     */
    public String voorgesteldeGebruikersnaam() {
        String zonderAccenten =
                Normalizer.normalize(weergavenaam, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String naam = zonderAccenten
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", ".")
                .replaceAll("^\\.+|\\.+$", "");
        if (naam.length() > AccountService.MAX_GEBRUIKERSNAAM - 4) {
            naam = naam.substring(0, AccountService.MAX_GEBRUIKERSNAAM - 4).replaceAll("\\.+$", "");
        }
        if (naam.length() < 3) {
            naam = naam.isEmpty() ? "account" : naam + "." + gemeenteCode.toLowerCase(Locale.ROOT);
        }
        return naam;
    }
}
