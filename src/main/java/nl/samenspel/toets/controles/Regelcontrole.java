package nl.samenspel.toets.controles;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.toets.Ernst;
import org.springframework.stereotype.Component;

/**
 * What a check is, declared on its class: the id ({@code "R5.1"}), the weight, and the phase from which on it
 * applies (before that it finds nothing). A check is a Spring bean through this annotation and extends
 * {@link Basiscontrole}, which reads these three.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Component
@interface Regelcontrole {

    String id();

    Ernst ernst();

    /** The first phase the check applies to; the first phase of all means: always. */
    Fase vanaf() default Fase.VERKENNEN;
}
