package nl.samenspel.toets.controles;

import java.lang.reflect.Constructor;
import java.util.Comparator;
import java.util.List;
import nl.samenspel.toets.Controle;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.stereotype.Component;

/**
 * Every check the application registers, found the way Spring finds them: components under {@code nl.samenspel}
 * that implement {@link Controle}. A new check is tested without anyone adding it to a list.
 */
public final class AlleControles {

    private AlleControles() {}

    public static List<Controle> uitDeApplicatie() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(Controle.class));
        List<Controle> controles = scanner.findCandidateComponents("nl.samenspel").stream()
                .map(BeanDefinition::getBeanClassName)
                .map(AlleControles::klasse)
                // Only components, as the application registers them; test fakes (no annotation) stay out.
                .filter(k -> AnnotatedElementUtils.hasAnnotation(k, Component.class))
                .map(AlleControles::maak)
                .sorted(Comparator.comparing(Controle::id))
                .toList();
        if (controles.isEmpty()) {
            throw new IllegalStateException("no checks found on the class path");
        }
        return controles;
    }

    private static Class<?> klasse(String naam) {
        try {
            return Class.forName(naam);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Controle maak(Class<?> klasse) {
        try {
            // Checks are pure functions of the snapshot: they have no dependencies to inject.
            Constructor<?> c = klasse.getDeclaredConstructor();
            c.setAccessible(true);
            return (Controle) c.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("check " + klasse.getName() + " needs a no-argument constructor", e);
        }
    }
}
