package nl.samenspel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    /**
     * The Documenter writes components and relations in hash order, so every run would change the committed files;
     * each run of consecutive {@code Component(}/{@code Rel(} lines is sorted (their order means nothing to PlantUML).
     */
    static List<String> opVasteVolgorde(List<String> regels) {
        List<String> uit = new ArrayList<>();
        List<String> blok = new ArrayList<>();
        String soort = null;
        for (String r : regels) {
            String t = r.strip();
            String s = t.startsWith("Rel(") ? "Rel(" : t.startsWith("Component(") ? "Component(" : null;
            if (s == null || !s.equals(soort)) {
                blok.sort(null);
                uit.addAll(blok);
                blok.clear();
            }
            if (s == null) {
                uit.add(r);
            } else {
                blok.add(r);
            }
            soort = s;
        }
        blok.sort(null);
        uit.addAll(blok);
        return uit;
    }

    @Test
    void moduleDocumentatieWordtGeschreven() throws IOException {
        Path map = Path.of("docs", "modules");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(map.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        try (var bestanden = Files.list(map)) {
            for (Path puml :
                    bestanden.filter(b -> b.toString().endsWith(".puml")).toList()) {
                Files.write(puml, opVasteVolgorde(Files.readAllLines(puml)));
            }
        }
        String overzicht = Files.readString(map.resolve("components.puml"));
        for (ApplicationModule m : MODULES) {
            assertThat(overzicht).as("component diagram").contains(m.getDisplayName());
            assertThat(map.resolve("module-" + m.getIdentifier() + ".adoc"))
                    .as("canvas of " + m.getIdentifier())
                    .exists();
            assertThat(map.resolve("module-" + m.getIdentifier() + ".puml"))
                    .as("diagram of " + m.getIdentifier())
                    .exists();
        }
    }
}
