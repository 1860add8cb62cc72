package io.wickedzerg.services.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wickedzerg.services.settings.BadSettingException;
import io.wickedzerg.services.settings.ServiceSettingsLoader;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The learning settings from the environment, and the errors that name a bad one. */
class LearningSettingsTest {

    private static LearningSettings fromEnv(Map<String, String> env) {
        return LearningSettings.of(new ServiceSettingsLoader().load(Optional.empty(), env, Map.of()));
    }

    @Test
    void defaultsAndTheEnvironment() {
        LearningSettings defaults = fromEnv(Map.of());
        LearningSettings set = fromEnv(Map.of("LEARNING_POPULATION_SIZE", "3", "LEARNING_GAMES_PER_CANDIDATE", "1",
                "LEARNING_SEED", "-7", "LEARNING_START", "Random", "LEARNING_MODE", "EXPLOIT",
                "LEARNING_CONFIG_DIR", "/srv/wz/config"));

        assertThat(defaults).isEqualTo(new LearningSettings(Path.of("config"), 10, 2, 1, StartMode.DEFAULTS,
                ServeMode.EXPLORE));
        assertThat(set).isEqualTo(new LearningSettings(Path.of("/srv/wz/config"), 3, 1, -7, StartMode.RANDOM,
                ServeMode.EXPLOIT));
        assertThat(set.optimiserSettings().populationSize()).isEqualTo(3);
        assertThat(set.optimiserSettings().gamesPerCandidate()).isEqualTo(1);
    }

    @Test
    void aBadValueNamesItsSourceTheKeyAndWhatIsAllowed() {
        assertThatThrownBy(() -> fromEnv(Map.of("LEARNING_MODE", "greedy"))).isInstanceOf(BadSettingException.class)
                .hasMessage("env LEARNING_MODE: learning_mode: 'greedy' is not one of explore, exploit; allowed:"
                        + " explore or exploit");
        assertThatThrownBy(() -> fromEnv(Map.of("LEARNING_START", "zero"))).hasMessage("env LEARNING_START:"
                + " learning_start: 'zero' is not one of defaults, random; allowed: defaults or random");
        assertThatThrownBy(() -> fromEnv(Map.of("LEARNING_POPULATION_SIZE", "0"))).hasMessage("env"
                + " LEARNING_POPULATION_SIZE: learning_population_size: '0' is out of range; allowed: a whole number >= 1");
        assertThatThrownBy(() -> fromEnv(Map.of("LEARNING_SEED", "1.5"))).hasMessage("env LEARNING_SEED:"
                + " learning_seed: '1.5' is not a whole number; allowed: a whole number, e.g. 1 or -7");
    }
}
