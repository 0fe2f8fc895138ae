package nl.samenspel;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/**
 * Every package of the application is {@code @NullMarked} (JSpecify), so NullAway checks all of it. The annotation
 * holds for one package only, not for its sub-packages: a new package (a module, its {@code web/}, a folder of Java
 * migrations) needs its own {@code package-info.java} with {@code @org.jspecify.annotations.NullMarked}.
 */
class NullMarkedTest {

    private static final JavaClasses CODE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.samenspel", "db.migration");

    @Test
    void elkPakketIsNullMarked() {
        Set<String> pakketten = new TreeSet<>();
        for (JavaClass c : CODE) {
            pakketten.add(c.getPackageName());
        }
        assertThat(pakketten).as("packages found").contains("nl.samenspel", "nl.samenspel.samenwerking.web");

        Set<String> zonder = new TreeSet<>();
        for (String pakket : pakketten) {
            if (!CODE.getPackage(pakket).isAnnotatedWith(NullMarked.class)) {
                zonder.add(pakket);
            }
        }
        assertThat(zonder)
                .as("packages without @NullMarked in their package-info.java")
                .isEmpty();
    }
}
