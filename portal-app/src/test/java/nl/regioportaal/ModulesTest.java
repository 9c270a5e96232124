package nl.regioportaal;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Module boundaries are real: no cycles, no reaching into another module's internals. */
class ModulesTest {

    @Test
    void modulesRespectTheirBoundaries() {
        ApplicationModules.of(PortalApplication.class).verify();
    }
}
