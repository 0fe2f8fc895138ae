package nl.samenspel.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Optimistic locking over HTTP: an aggregate's version travels as a strong ETag ({@code "3"}) and comes back in
 * If-Match, which is read as RFC 9110 §13.1.1 says: {@code *} matches any current version, a list matches when one
 * of its entries matches, and the comparison is strong (a weak {@code W/"3"} never matches). A value that is not an
 * entity tag at all (for example {@code 3} without quotes) is a 400; no If-Match is a 428; no match is a 412.
 */
public final class Versie {

    private Versie() {}

    /** What a missing or unreadable version reads as: no stored version (they start at 0) ever equals it. */
    public static final long ONBEKEND = -1;

    /**
     * The version a page form sent back in its hidden field {@code versie}. Pages have one rule (ADR 0005): a form
     * without a readable version is treated as stale, so {@link #ONBEKEND} comes back and the write is refused with
     * the usual conflict message, keeping what the user typed.
     */
    public static long uitFormulier(@Nullable String veld) {
        if (veld == null) {
            return ONBEKEND;
        }
        String tekst = veld.strip();
        if (tekst.isEmpty() || tekst.length() > 18 || !tekst.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return ONBEKEND;
        }
        return Long.parseLong(tekst);
    }

    public static String etag(long versie) {
        return "\"" + versie + "\"";
    }

    /**
     * The version to write against, from If-Match and the resource's current version. A single strong tag is
     * returned as is, without reading the current version, so that the write itself compares it atomically
     * ({@code ... where versie = ?}). For {@code *} and lists the current version is read from {@code huidige}
     * (which throws as usual when the resource does not exist) and returned when it matches.
     *
     * @throws VersieVereistException without If-Match (428)
     * @throws OngeldigeInvoerException when If-Match is not {@code *} or a list of entity tags (400)
     * @throws VersieConflictException when no entry can match (412)
     */
    public static long uitIfMatch(@Nullable String ifMatch, LongSupplier huidige) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new VersieVereistException();
        }
        IfMatch voorwaarde = IfMatch.lees(ifMatch);
        if (!voorwaarde.elke() && voorwaarde.tags().size() == 1) {
            EntityTag tag = voorwaarde.tags().get(0);
            Long versie = tag.zwak() ? null : versieUit(tag.waarde());
            if (versie == null) {
                throw new VersieConflictException();
            }
            return versie;
        }
        long huidig = huidige.getAsLong();
        if (voorwaarde.past(etag(huidig))) {
            return huidig;
        }
        throw new VersieConflictException();
    }

    /** One entity tag: {@code W/"x"} is weak, {@code "x"} strong; {@code waarde} is the text between the quotes. */
    public record EntityTag(boolean zwak, String waarde) {

        /** Strong comparison (RFC 9110 §8.8.3.2): both strong and the same characters. */
        public boolean pastSterk(EntityTag ander) {
            return !zwak && !ander.zwak && waarde.equals(ander.waarde);
        }
    }

    /** A parsed If-Match field: {@code *} or one or more entity tags. */
    public record IfMatch(boolean elke, List<EntityTag> tags) {

        public IfMatch {
            tags = List.copyOf(tags);
        }

        /** Whether the resource with this current ETag satisfies the condition (the resource exists). */
        public boolean past(String huidigeEtag) {
            if (elke) {
                return true;
            }
            EntityTag huidig = leesTag(huidigeEtag);
            return tags.stream().anyMatch(t -> t.pastSterk(huidig));
        }

        /**
         * Reads {@code "*" / #entity-tag}; empty list elements are skipped (RFC 9110 §5.6.1).
         *
         * @throws OngeldigeInvoerException (400 with a Dutch message) when the value is not valid
         */
        public static IfMatch lees(String veld) {
            String waarde = veld.strip();
            if (waarde.equals("*")) {
                return new IfMatch(true, List.of());
            }
            List<EntityTag> tags = new ArrayList<>();
            int i = 0;
            int n = waarde.length();
            while (i < n) {
                char c = waarde.charAt(i);
                if (c == ',' || c == ' ' || c == '\t') {
                    i++;
                    continue;
                }
                boolean zwak = waarde.startsWith("W/", i);
                if (zwak) {
                    i += 2;
                }
                if (i >= n || waarde.charAt(i) != '"') {
                    throw ongeldig();
                }
                int eind = i + 1;
                while (eind < n && waarde.charAt(eind) != '"') {
                    if (!etagTeken(waarde.charAt(eind))) {
                        throw ongeldig();
                    }
                    eind++;
                }
                if (eind >= n) {
                    throw ongeldig();
                }
                tags.add(new EntityTag(zwak, waarde.substring(i + 1, eind)));
                i = eind + 1;
                while (i < n && (waarde.charAt(i) == ' ' || waarde.charAt(i) == '\t')) {
                    i++;
                }
                if (i < n && waarde.charAt(i) != ',') {
                    throw ongeldig();
                }
            }
            if (tags.isEmpty()) {
                throw ongeldig();
            }
            return new IfMatch(false, tags);
        }

        private static EntityTag leesTag(String etag) {
            IfMatch een = lees(etag);
            if (een.elke || een.tags.size() != 1) {
                throw new IllegalArgumentException("geen ETag: " + etag);
            }
            return een.tags.get(0);
        }

        /** etagc = %x21 / %x23-7E / obs-text. */
        private static boolean etagTeken(char c) {
            return c == 0x21 || (c >= 0x23 && c <= 0x7E) || (c >= 0x80 && c <= 0xFF);
        }

        private static OngeldigeInvoerException ongeldig() {
            return OngeldigeInvoerException.van("If-Match", "fout.if-match");
        }
    }

    /** Our ETags are a version number written plainly; any other text can never match. */
    private static @Nullable Long versieUit(String waarde) {
        if (!waarde.matches("0|-?[1-9][0-9]{0,18}")) {
            return null;
        }
        try {
            return Long.parseLong(waarde);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
