package io.wickedzerg.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's settings table is what users read; it must match the code's table row for row. */
class ReadmeSettingsTableTest {

    @Test
    void everySettingHasARowWithItsKeyVariableAndDefault() throws IOException {
        Path readme = Path.of(System.getProperty("wz.projectRoot", "..")).resolve("README.md");
        String text = Files.readString(readme);

        for (Setting setting : Setting.values()) {
            assertThat(text).as("README row for " + setting.jsonKey())
                    .contains("| `" + setting.jsonKey() + "` | `" + setting.envVar() + "` | `"
                            + setting.defaultText() + "` |");
        }
    }
}
