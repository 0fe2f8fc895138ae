package nl.samenspel.samenwerking;

import java.util.List;
import nl.samenspel.platform.Melding;

/**
 * An entry criterium, contributed by any module as a bean. It guards {@link #vanaf()} and every phase after it:
 * a samenwerking moving forward into one of those phases must meet it (or the regisseur records a reason).
 */
public interface FaseCriterium {

    /** The first phase this criterium guards. */
    Fase vanaf();

    /** What is still missing, as meldingen (message keys, never sentences); empty when the criterium is met. */
    List<Melding> ontbreekt(Samenwerking samenwerking);
}
