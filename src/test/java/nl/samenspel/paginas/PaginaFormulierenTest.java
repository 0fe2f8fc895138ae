package nl.samenspel.paginas;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Controller;
import org.springframework.util.ClassUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The page convention of docs/architectuur.md: a page form is posted into a form object with a binding result
 * ({@code platform/Formulieren}), not into loose request parameters. A bodiless button (archive, delete) may
 * carry its one {@code versie} as a parameter. The one exception is named here with its reason.
 */
class PaginaFormulierenTest {

    /**
     * The position form names its answers after the task and the municipality ({@code sterkte-12-0363}); Spring
     * binds a map or list only from {@code name[key]} / {@code name[0].field} names, so a form object would mean
     * new field names (and ids the error summary links to). Its fixed fields are read the same way as a form's.
     */
    private static final Set<String> UITZONDERINGEN = Set.of("VerkenningPaginas.bewaarPositie");

    @Test
    void paginaFormulierenKomenBinnenAlsFormulierObjectMetBindingResult() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
        List<String> fout = new ArrayList<>();
        int gezien = 0;
        for (BeanDefinition bd : scanner.findCandidateComponents("nl.samenspel")) {
            Class<?> type = ClassUtils.forName(bd.getBeanClassName(), getClass().getClassLoader());
            if (type.isAnnotationPresent(RestController.class)) {
                continue;
            }
            for (Method m : type.getDeclaredMethods()) {
                if (!m.isAnnotationPresent(PostMapping.class)) {
                    continue;
                }
                gezien++;
                String naam = type.getSimpleName() + "." + m.getName();
                if (UITZONDERINGEN.contains(naam)) {
                    continue;
                }
                Parameter[] ps = m.getParameters();
                int los = 0;
                for (int i = 0; i < ps.length; i++) {
                    if (ps[i].isAnnotationPresent(RequestParam.class)) {
                        los++;
                        if (Map.class.isAssignableFrom(ps[i].getType())) {
                            fout.add(naam + ": reads every parameter as a map");
                        }
                    }
                    boolean formulier = ps[i].isAnnotationPresent(ModelAttribute.class);
                    if (formulier && (i + 1 == ps.length || ps[i + 1].getType() != BindingResult.class)) {
                        fout.add(naam + ": form object without a BindingResult after it");
                    }
                }
                if (los > 1) {
                    fout.add(naam + ": " + los + " loose @RequestParams instead of a form object");
                }
            }
        }
        assertThat(gezien).as("page POST handlers found").isGreaterThan(10);
        assertThat(fout).isEmpty();
    }
}
