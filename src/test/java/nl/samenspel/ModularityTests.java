package nl.samenspel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries hold: no cycles, no reaching into another module's internals, and every module uses only
 * the modules its {@code package-info.java} allows ({@code allowedDependencies}).
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(SamenspelApplication.class);

    @Test
    void moduleGrenzenWordenGerespecteerd() {
        MODULES.verify();
    }

    /**
     * Writes the module documentation into {@code docs/modules/} (committed): the component diagram of all modules,
     * one diagram and one canvas per module. Run this test after changing a module's dependencies or public API and
     * commit what changed.
     */
    @Test
    void moduleDocumentatieWordtGeschreven() throws IOException {
        Path map = Path.of("docs", "modules");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(map.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        String overzicht = Files.readString(map.resolve("components.puml"));
        for (ApplicationModule m : MODULES) {
            assertThat(overzicht).as("component diagram").contains(m.getDisplayName());
            assertThat(map.resolve("module-" + m.getIdentifier() + ".adoc")).as("canvas of " + m.getIdentifier()).exists();
            assertThat(map.resolve("module-" + m.getIdentifier() + ".puml")).as("diagram of " + m.getIdentifier()).exists();
        }
    }
}
