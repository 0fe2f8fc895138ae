package nl.samenspel.samenwerking;

/** Published after every create, update or archive of a samenwerking, for modules that keep derived data. */
public record SamenwerkingGewijzigd(long id) implements SamenwerkingGebeurtenis {

    @Override
    public long samenwerkingId() {
        return id;
    }
}
