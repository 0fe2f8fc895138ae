package nl.samenspel.samenwerking;

import java.util.List;

/**
 * An entry criterium for a phase, contributed by any module as a bean. Every bean is asked on every forward
 * transition; an empty list means "nothing missing". Lines are message keys or ready Dutch sentences.
 */
public interface FaseCriterium {

    List<String> ontbreekt(long samenwerkingId, Fase naar);
}
