package nl.samenspel.samenwerking;

import java.util.Objects;
import nl.samenspel.platform.Melding;
import org.jspecify.annotations.Nullable;

/**
 * One thing a samenwerking still waits for, as the owning module sees it: what must happen ({@code wat}, a message
 * key, never a sentence), who must do it, in which phase of the method it belongs, and the page where it is done.
 *
 * @param fase the phase in which this should be done (drives the order of "what is next")
 * @param wat what must happen
 * @param wachtOp who must act
 * @param gemeenteCode the municipality that must act when {@code wachtOp} is {@link WachtOp#GEMEENTE}; else null
 * @param pad the page where it is done, relative to the application root (for example
 *     {@code /samenwerkingen/12/posities/0344}); the page checks access itself
 * @param openbaar true when every reader of the samenwerking may see this punt because the module's own pages
 *     already show it to them (for example which parties have not discussed a step yet); false (the default) when
 *     only the regisseur, a beheerder and the municipality it concerns may see it (for example that a party has no
 *     position yet: the positions page deliberately shows others the same text for "absent" and "not shared")
 */
public record OpenPunt(
        Fase fase, Melding wat, WachtOp wachtOp, @Nullable String gemeenteCode, String pad, boolean openbaar) {

    /** A punt only the regisseur, a beheerder and the municipality it concerns may see. */
    public OpenPunt(Fase fase, Melding wat, WachtOp wachtOp, @Nullable String gemeenteCode, String pad) {
        this(fase, wat, wachtOp, gemeenteCode, pad, false);
    }

    public OpenPunt {
        Objects.requireNonNull(fase, "fase");
        Objects.requireNonNull(wat, "wat");
        Objects.requireNonNull(wachtOp, "wachtOp");
        Objects.requireNonNull(pad, "pad");
        if ((wachtOp == WachtOp.GEMEENTE) != (gemeenteCode != null)) {
            throw new IllegalArgumentException("gemeenteCode hoort precies bij wachtOp GEMEENTE");
        }
    }

    public static OpenPunt voorGemeente(Fase fase, Melding wat, String gemeenteCode, String pad) {
        return new OpenPunt(fase, wat, WachtOp.GEMEENTE, gemeenteCode, pad);
    }

    public static OpenPunt voorRegisseur(Fase fase, Melding wat, String pad) {
        return new OpenPunt(fase, wat, WachtOp.REGISSEUR, null, pad);
    }

    public static OpenPunt voorBeheerder(Fase fase, Melding wat, String pad) {
        return new OpenPunt(fase, wat, WachtOp.BEHEERDER, null, pad);
    }

    /** This punt, visible to every reader of the samenwerking (see {@link #openbaar()}). */
    public OpenPunt alsOpenbaar() {
        return new OpenPunt(fase, wat, wachtOp, gemeenteCode, pad, true);
    }

    /** Who must act. */
    public enum WachtOp {
        /** The process lead of the samenwerking. */
        REGISSEUR,
        /** Staff or aldermen of one participating municipality ({@link OpenPunt#gemeenteCode()}). */
        GEMEENTE,
        /** An administrator (for example: accounts for a party). */
        BEHEERDER
    }
}
