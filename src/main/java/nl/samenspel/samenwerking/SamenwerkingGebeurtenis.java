package nl.samenspel.samenwerking;

/**
 * Implemented by every domain event that changes data of one samenwerking, so modules that keep derived data
 * (the golden-rules check) can listen to all of them at once without knowing each event type. Defined here, by
 * the module whose aggregate the events are about; the modules that publish them already depend on it.
 */
public interface SamenwerkingGebeurtenis {
    long samenwerkingId();
}
