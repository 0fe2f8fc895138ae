package nl.samenspel.afspraken;

/**
 * What led to a revision of a DVO, when it came from elsewhere: a gedoe item (rule 3, the lesson learned) or an
 * evaluation's follow-up, or an adjustment agreed in a service conversation. The agreements module keeps it as a reference with the title as it was, and links to it;
 * it does not read the other module.
 *
 * @param id the gedoe item's or evaluation's id within the samenwerking
 * @param titel its title when the revision was made, as typed
 */
public record Aanleiding(Soort soort, long id, String titel) {

    public enum Soort {
        GEDOE,
        EVALUATIE,
        /** An adjustment agreed in a service conversation (rule 7). */
        GESPREK
    }

    public static Aanleiding gedoe(long gedoeId, String titel) {
        return new Aanleiding(Soort.GEDOE, gedoeId, titel);
    }

    public static Aanleiding gesprek(long gesprekId, String titel) {
        return new Aanleiding(Soort.GESPREK, gesprekId, titel);
    }

    /** Where the reason lives, for a link. */
    public String pad(long samenwerkingId) {
        String deel = switch (soort) {
            case GEDOE -> "/gedoe/";
            case EVALUATIE -> "/evaluaties/";
            case GESPREK -> "/gesprekken/";
        };
        return "/samenwerkingen/" + samenwerkingId + deel + id;
    }
}
