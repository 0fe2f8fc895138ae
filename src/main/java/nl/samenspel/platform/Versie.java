package nl.samenspel.platform;

/**
 * Optimistic locking over HTTP: an aggregate's version travels as a strong ETag
 * ({@code "3"}) and comes back in If-Match.
 */
public final class Versie {

    private Versie() {}

    public static String etag(long versie) {
        return "\"" + versie + "\"";
    }

    /** The version the client last saw; 428 when absent, 412 when unreadable (it cannot match). */
    public static long uitIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new VersieVereistException();
        }
        String waarde = ifMatch.trim();
        if (waarde.startsWith("W/")) {
            waarde = waarde.substring(2);
        }
        waarde = waarde.replace("\"", "");
        try {
            return Long.parseLong(waarde);
        } catch (NumberFormatException e) {
            throw new VersieConflictException();
        }
    }
}
