package io.wickedzerg.services.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's services settings table is what operators read; it must match the code row for row. */
class ReadmeServiceSettingsTest {

    @Test
    void everySettingHasARowWithItsKeyVariableAndDefault() throws IOException {
        String text = Files.readString(Path.of(System.getProperty("wz.projectRoot", "..")).resolve("README.md"));

        for (ServiceSetting setting : ServiceSetting.values()) {
            String shownDefault = setting.defaultText().isEmpty() ? "(unset)" : "`" + setting.defaultText() + "`";
            assertThat(text).as("README row for " + setting.jsonKey())
                    .contains("| `" + setting.jsonKey() + "` | `" + setting.envVar() + "` | " + shownDefault + " | ")
                    .contains(setting.description());
        }
    }
}
