package nl.samenspel.platform;

/**
 * Implemented by every domain event that changes data of one samenwerking, so modules that keep derived data
 * (the golden-rules check) can listen to all of them at once without knowing each event type.
 */
public interface SamenwerkingGebeurtenis {
    long samenwerkingId();
}
