package io.wickedzerg.sim;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * What plays a game (engine, built-in AI, maps, replays) uses nothing that differs from run to run or machine to
 * machine: no wall clock, no shared or unseeded random, no hash-ordered collections, and StrictMath's exactly
 * specified functions instead of Math's, which may differ in the last bit between JVMs and processors.
 */
class DeterminismRulesTest {
    private static final JavaClasses GAME = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.wickedzerg.sim.engine", "io.wickedzerg.sim.ai", "io.wickedzerg.sim.map");

    @Test
    void noWallClockOrSharedRandom() {
        ArchRule rule = noClasses().should().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .orShould().callMethod(Math.class, "random")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ThreadLocalRandom")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.Instant")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock");
        rule.check(GAME);
    }

    @Test
    void noHashOrderedCollections() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.util.HashMap")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.HashSet")
                .because("their iteration order is not part of the game; use TreeMap, LinkedHashMap or a List")
                .check(GAME);
    }

    @Test
    void onlyStrictMathForTranscendentalFunctions() {
        ArchRule rule = noClasses().should().callMethod(Math.class, "sin", double.class)
                .orShould().callMethod(Math.class, "cos", double.class)
                .orShould().callMethod(Math.class, "tan", double.class)
                .orShould().callMethod(Math.class, "atan2", double.class, double.class)
                .orShould().callMethod(Math.class, "hypot", double.class, double.class)
                .orShould().callMethod(Math.class, "pow", double.class, double.class)
                .orShould().callMethod(Math.class, "exp", double.class)
                .orShould().callMethod(Math.class, "log", double.class);
        rule.check(GAME);
    }
}
