package io.wickedzerg.sim;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/** Dependencies between sim's packages point one way: no package reaches, however indirectly, back to itself. */
class PackageCyclesTest {
    private static final JavaClasses SIM = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.wickedzerg.sim");

    @Test
    void simsPackagesAreFreeOfCycles() {
        assertThat(SIM.size()).as("sim's main classes were found").isGreaterThan(100);

        // every package its own slice: engine and engine.command are two
        slices().matching("io.wickedzerg.sim.(**)").should().beFreeOfCycles().check(SIM);
    }
}
