package nl.samenspel.toets.controles;

import java.util.List;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.toets.Controle;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;
import org.springframework.core.annotation.AnnotationUtils;

/**
 * The part every check shares: id, weight and the phase guard come from its {@link Regelcontrole} annotation; the
 * check writes only {@link #signalen}.
 */
abstract class Basiscontrole implements Controle {

    /** What resolved a finding whose onderwerp (a party, a tension) is gone: nothing was repaired, it lapsed. */
    static final String VERVALLEN = "toets.opgelost.vervallen";

    private final String id;
    private final Ernst ernst;
    private final Fase vanaf;

    Basiscontrole() {
        Regelcontrole regel = AnnotationUtils.findAnnotation(getClass(), Regelcontrole.class);
        if (regel == null) {
            throw new IllegalStateException(getClass().getName() + " has no @Regelcontrole");
        }
        this.id = regel.id();
        this.ernst = regel.ernst();
        this.vanaf = regel.vanaf();
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Ernst ernst() {
        return ernst;
    }

    @Override
    public final Fase vanaf() {
        return vanaf;
    }

    @Override
    public final List<Signaal> evalueer(ToetsFeiten feiten) {
        return feiten.minstens(vanaf) ? signalen(feiten) : List.of();
    }

    /** The check itself, for a samenwerking in a phase it applies to. */
    abstract List<Signaal> signalen(ToetsFeiten f);
}
