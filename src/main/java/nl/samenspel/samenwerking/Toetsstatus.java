package nl.samenspel.samenwerking;

import java.util.Optional;
import nl.samenspel.platform.Indicator;

/**
 * The compact check status of a samenwerking for this module's pages (the start page), supplied by the module
 * that computes it (toets), so this module does not depend on it. Empty when the user may not see it.
 */
public interface Toetsstatus {

    Optional<Indicator> van(long samenwerkingId);
}
