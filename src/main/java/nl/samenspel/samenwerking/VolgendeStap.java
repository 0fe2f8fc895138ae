package nl.samenspel.samenwerking;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.samenspel.security.Gebruiker;
import nl.samenspel.security.Rol;
import org.jspecify.annotations.Nullable;

/**
 * What a samenwerking waits for, derived from every module's {@link Werkvoorraad}: the open punten in the order of
 * the method (phase, then the order the modules gave), the next step (the first of them) and who that step's
 * phase waits for. Empty {@code open} and no {@code volgende}: nothing is waiting (the last phase, or archived).
 * {@link VolgendeStappen} gives it as the current reader may see it ({@link #magZien}): what is hidden from them is
 * left out of {@code open} and {@code wachtOp}.
 *
 * @param samenwerking the samenwerking
 * @param open every open punt, in order (when the modules have nothing open and the phase may move forward, the
 *     phase change for the regisseur)
 * @param volgende the next step: the first open punt; null when nothing is waiting
 * @param wachtOp who the next step's phase waits for, each once: the regisseur, the municipalities in the order of
 *     the samenwerking, a beheerder
 */
public record VolgendeStap(
        Samenwerking samenwerking,
        List<OpenPunt> open,
        @Nullable OpenPunt volgende,
        List<Wachtende> wachtOp) {

    public VolgendeStap {
        open = List.copyOf(open);
        wachtOp = List.copyOf(wachtOp);
    }

    /**
     * Someone a samenwerking waits for. {@code naam}: the display name of the regisseur or the municipality's name;
     * null for a beheerder (any administrator will do).
     */
    public record Wachtende(
            OpenPunt.WachtOp wie,
            @Nullable String gemeenteCode,
            @Nullable String naam) {}

    /**
     * Whether {@code g} may see punt {@code p} of {@code s}: the regisseur every punt; anybody else the punten the
     * module marked {@link OpenPunt#openbaar()} (its own pages show them to every reader), staff and aldermen also
     * their own municipality's, a beheerder also those that do not wait for a municipality (accounts). A council
     * member sees only what is public.
     */
    public static boolean magZien(Gebruiker g, Samenwerking s, OpenPunt p) {
        if (p.openbaar() || SamenwerkingRechten.regisseurVan(g, s)) {
            return true;
        }
        if (p.wachtOp() == OpenPunt.WachtOp.GEMEENTE) {
            return g.heeftEenVan(Rol.AMBTENAAR, Rol.BESTUURDER)
                    && s.neemtDeel(g.gemeenteCode())
                    && Objects.equals(p.gemeenteCode(), g.gemeenteCode());
        }
        return g.heeft(Rol.BEHEERDER);
    }

    public boolean nietsWacht() {
        return volgende == null;
    }

    /**
     * What {@code g} must do here: the regisseur of this samenwerking everything; staff and aldermen of a
     * participating municipality the punten for their municipality; a beheerder the punten that wait for a beheerder;
     * a council member nothing (they read, never act).
     */
    public List<OpenPunt> voor(Gebruiker g) {
        if (SamenwerkingRechten.regisseurVan(g, samenwerking)) {
            return open;
        }
        List<OpenPunt> uit = new ArrayList<>();
        boolean gemeenteDoet = g.heeftEenVan(Rol.AMBTENAAR, Rol.BESTUURDER) && samenwerking.neemtDeel(g.gemeenteCode());
        for (OpenPunt p : open) {
            if (gemeenteDoet
                    && p.wachtOp() == OpenPunt.WachtOp.GEMEENTE
                    && Objects.equals(p.gemeenteCode(), g.gemeenteCode())) {
                uit.add(p);
            } else if (g.heeft(Rol.BEHEERDER) && p.wachtOp() == OpenPunt.WachtOp.BEHEERDER) {
                uit.add(p);
            }
        }
        return List.copyOf(uit);
    }
}
