package nl.samenspel.bestuur;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A seat in a body: a person (name as typed) of a municipality (null: staff of the shared organisation), with a
 * role, portfolios (administrators) or a function (civil servants), a number of votes (Wgr art. 13 allows unequal
 * votes) and optionally the account of that person.
 */
public record Zetel(
        long id,
        long orgaanId,
        long samenwerkingId,
        String persoon,
        @Nullable String gemeenteCode,
        ZetelRol rol,
        List<String> portefeuilles,
        @Nullable String functie,
        int stemmen,
        @Nullable String account,
        long versie) {

    public Zetel {
        portefeuilles = List.copyOf(portefeuilles);
    }

    /** An administrator with at least one content portfolio (see {@link Portefeuilles}). */
    public boolean inhoudelijk() {
        return Portefeuilles.inhoudelijk(rol, portefeuilles);
    }

    /** Who the person is, for comparing seats: see {@link #persoonSleutel(String, String, String)}. */
    public String persoonSleutel() {
        return persoonSleutel(persoon, gemeenteCode, account);
    }

    /**
     * The linked account ({@code account:<name>}) when there is one; otherwise the name with case and spacing
     * normalised, within the municipality ({@code naam:<GM code or ->:<name>}).
     */
    public static String persoonSleutel(String persoon, @Nullable String gemeenteCode, @Nullable String account) {
        if (account != null) {
            return "account:" + account;
        }
        return "naam:" + (gemeenteCode == null ? "-" : gemeenteCode) + ":" + Portefeuilles.normaliseer(persoon);
    }
}
