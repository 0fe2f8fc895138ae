package nl.samenspel.samenwerking;

import java.util.List;
import nl.samenspel.platform.ConflictException;

/** A change to an archived samenwerking: refused for everyone (409) until its regisseur takes it out of the archive. */
public class GearchiveerdException extends ConflictException {

    private final long samenwerkingId;

    public GearchiveerdException(long samenwerkingId) {
        super("samenwerking.gearchiveerd.alleen-lezen", List.of());
        this.samenwerkingId = samenwerkingId;
    }

    public long samenwerkingId() {
        return samenwerkingId;
    }
}
