package nl.samenspel;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The module boundaries hold: no cycles, no reaching into another module's internals. */
class ModularityTests {

    @Test
    void moduleGrenzenWordenGerespecteerd() {
        ApplicationModules.of(SamenspelApplication.class).verify();
    }
}
