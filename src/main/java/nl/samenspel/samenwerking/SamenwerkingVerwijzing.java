package nl.samenspel.samenwerking;

/** Another samenwerking as a link shows it: its id and title (a successor or a predecessor, issue 13). */
public record SamenwerkingVerwijzing(long id, String titel) {

    static SamenwerkingVerwijzing van(Samenwerking s) {
        return new SamenwerkingVerwijzing(s.id(), s.titel());
    }
}
