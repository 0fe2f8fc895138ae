package nl.samenspel.regeling;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import nl.samenspel.vorm.Wetsgrond;

/**
 * The raad's two decisions on a Wgr regeling, per participating municipality. Labels:
 * {@code regeling.raadsbesluit.<NAME>}; in a path written in lower case ({@code toestemming}, {@code zienswijze}).
 */
public enum RaadsbesluitSoort {
    /** A college or burgemeester enters, amends, joins or leaves only after the raad's toestemming. */
    TOESTEMMING(Wetsgrond.WGR_ART_1_TOESTEMMING),
    /** The raad's view on the draft regeling, within eight weeks of receiving it. */
    ZIENSWIJZE(Wetsgrond.WGR_ART_1_ZIENSWIJZE);

    /** The raden's term for a zienswijze on the draft regeling (Wgr art. 1 lid 2–3). */
    public static final int ZIENSWIJZE_WEKEN = 8;

    private final Wetsgrond grondslag;

    RaadsbesluitSoort(Wetsgrond grondslag) {
        this.grondslag = grondslag;
    }

    public Wetsgrond grondslag() {
        return grondslag;
    }

    public String pad() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String labelSleutel() {
        return "regeling.raadsbesluit." + name();
    }

    /** "toestemming" or "TOESTEMMING"; empty for anything else. */
    public static Optional<RaadsbesluitSoort> lees(String tekst) {
        String t = tekst.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.name().equals(t)).findFirst();
    }
}
