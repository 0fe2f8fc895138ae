package nl.samenspel.stappen.web;

import java.util.HashMap;
import java.util.Map;
import nl.samenspel.platform.Versie;
import org.jspecify.annotations.Nullable;

/**
 * The button "besproken" on a step page. A party's own button sends nothing; the regisseur's form "besproken namens
 * een partij" sends the municipality ({@code partij}: its code), {@code namens=true} and {@code versie}: the step's content
 * revision the page showed.
 */
public record BesprokenFormulier(
        @Nullable String partij,
        @Nullable String namens,
        @Nullable String versie) {

    /**
     * The revision the page showed; null when the form sent none (a party's button of an older page: the current
     * one), {@link Versie#ONBEKEND} (never current) when unreadable.
     */
    public @Nullable Long revisie() {
        return versie == null ? null : Versie.uitFormulier(versie);
    }

    public boolean isNamens() {
        return "true".equals(namens);
    }

    /** What was chosen, to show the form again. */
    public Map<String, String> waarden() {
        Map<String, String> w = new HashMap<>();
        w.put("partij", partij);
        w.put("versie", versie);
        return w;
    }
}
