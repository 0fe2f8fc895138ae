package nl.samenspel.verkenning;

/**
 * A task of a samenwerking as stored (the analysis engine only needs {@link Taak}: id and name).
 *
 * @param taakveld the Iv3 taakveld, null when none was chosen
 */
public record SamenwerkingTaak(long id, long samenwerkingId, String naam, String omschrijving, Taakveld taakveld,
        long versie) {

    Taak alsTaak() {
        return new Taak(id, naam);
    }
}
