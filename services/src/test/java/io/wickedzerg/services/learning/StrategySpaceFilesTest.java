package io.wickedzerg.services.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wickedzerg.optimiser.ParameterSpace;
import io.wickedzerg.services.settings.BadSettingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The space the service searches comes from the bot's own strategy files. */
class StrategySpaceFilesTest {

    @TempDir
    Path dir;

    @Test
    void theProjectsConfigGivesEveryParameterWithItsRangeAndEveryBuildOrder() {
        ParameterSpace space = new StrategySpaceFiles().read(LearningClient.configDir());

        assertThat(space.buildOrders()).containsExactly("12-pool", "hatch-gas-pool", "roach-timing");
        assertThat(space.defaultBuildOrder()).isEqualTo("hatch-gas-pool");
        assertThat(space.spec("drone_target")).hasValueSatisfying(p -> {
            assertThat(p.defaultValue()).isEqualTo(50);
            assertThat(p.min()).isEqualTo(20);
            assertThat(p.max()).isEqualTo(75);
            assertThat(p.integer()).isTrue();
        });
        assertThat(space.parameters()).hasSizeGreaterThanOrEqualTo(12);
    }

    @Test
    void aFileThatGivesNoSpaceIsNamedWithTheKey() throws IOException {
        Files.createDirectories(dir.resolve("build-orders"));
        Files.writeString(dir.resolve("build-orders").resolve("12-pool.json"), "{}");
        Files.writeString(dir.resolve("strategy-defaults.json"), "{\"build_order\":\"12-pool\",\"parameters\":"
                + "{\"drone_target\":{\"default\":90,\"min\":20,\"max\":75}}}");

        assertThatThrownBy(() -> new StrategySpaceFiles().read(dir)).isInstanceOf(BadSettingException.class)
                .hasMessage("learning_config_dir: " + dir.resolve("strategy-defaults.json")
                        + ": parameters.drone_target: default 90.0 is outside 20.0 .. 75.0");
        assertThatThrownBy(() -> new StrategySpaceFiles().read(dir.resolve("missing")))
                .hasMessageStartingWith("learning_config_dir: " + dir.resolve("missing").resolve("strategy-defaults.json")
                        + ": cannot be read");
    }
}
