package dev.kaohe;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    @Test
    void modulesOnlyTalkThroughTheirPublicApi() {
        ApplicationModules.of(KaoheApplication.class).verify();
    }
}
