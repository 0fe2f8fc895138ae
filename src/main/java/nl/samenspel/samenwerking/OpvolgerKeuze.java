package nl.samenspel.samenwerking;

import org.jspecify.annotations.Nullable;

/**
 * What an edit says about the successor (issue 13): {@code id} the samenwerking that continues this one, null for
 * none; {@code onleesbaar} when the client sent something that is no id at all (refused with a Dutch message).
 * An edit without a choice ({@code SamenwerkingWijziging.opvolger() == null}) leaves the successor as it is.
 */
public record OpvolgerKeuze(@Nullable Long id, boolean onleesbaar) {

    public static final OpvolgerKeuze GEEN = new OpvolgerKeuze(null, false);
    public static final OpvolgerKeuze ONLEESBAAR = new OpvolgerKeuze(null, true);

    public static OpvolgerKeuze van(long id) {
        return new OpvolgerKeuze(id, false);
    }

    /** From a form or query value: empty is "none", digits an id, anything else unreadable. */
    public static OpvolgerKeuze lees(@Nullable String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return GEEN;
        }
        try {
            return van(Long.parseLong(tekst.strip()));
        } catch (NumberFormatException e) {
            return ONLEESBAAR;
        }
    }
}
