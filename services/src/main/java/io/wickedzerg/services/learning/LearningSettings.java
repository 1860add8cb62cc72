package io.wickedzerg.services.learning;

import io.wickedzerg.optimiser.OptimiserSettings;
import io.wickedzerg.services.settings.LoadedSettings;
import io.wickedzerg.services.settings.ServiceSetting;
import io.wickedzerg.services.settings.ServiceSettingsLoader;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the learning service learns over and how. The population, games per candidate, seed and start mode shape
 * a new optimiser state only: a stored state keeps the settings it was started with, so a restart with other
 * settings does not break a generation in the middle.
 *
 * @param configDir   holds strategy-defaults.json and build-orders/*.json, the space the optimiser searches
 * @param defaultMode what {@code GET /api/model/latest} serves without {@code ?mode=}
 */
public record LearningSettings(Path configDir, int populationSize, int gamesPerCandidate, long seed, StartMode start,
                               ServeMode defaultMode) {

    public LearningSettings {
        Objects.requireNonNull(configDir, "configDir");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(defaultMode, "defaultMode");
        // the optimiser's own checks name the setting (population_size must be at least 1, ...)
        optimiserSettings(populationSize, gamesPerCandidate);
    }

    public static LearningSettings of(LoadedSettings loaded) {
        return new LearningSettings((Path) loaded.value(ServiceSetting.LEARNING_CONFIG_DIR),
                (int) loaded.value(ServiceSetting.LEARNING_POPULATION_SIZE),
                (int) loaded.value(ServiceSetting.LEARNING_GAMES_PER_CANDIDATE),
                (long) loaded.value(ServiceSetting.LEARNING_SEED),
                StartMode.valueOf(((String) loaded.value(ServiceSetting.LEARNING_START)).toUpperCase(Locale.ROOT)),
                ServeMode.of((String) loaded.value(ServiceSetting.LEARNING_MODE)));
    }

    /** Every setting's default, the strategy files under {@code configDir}. */
    public static Builder builder(Path configDir) {
        LearningSettings defaults = of(new ServiceSettingsLoader().load(Optional.empty(), Map.of(), Map.of()));
        return new Builder(defaults).configDir(configDir);
    }

    /** The optimiser's settings for a new state: its defaults with this population and games per candidate. */
    public OptimiserSettings optimiserSettings() {
        return optimiserSettings(populationSize, gamesPerCandidate);
    }

    private static OptimiserSettings optimiserSettings(int populationSize, int gamesPerCandidate) {
        return OptimiserSettings.builder().populationSize(populationSize).gamesPerCandidate(gamesPerCandidate).build();
    }

    public static final class Builder {
        private Path configDir;
        private int populationSize;
        private int gamesPerCandidate;
        private long seed;
        private StartMode start;
        private ServeMode defaultMode;

        private Builder(LearningSettings from) {
            configDir = from.configDir;
            populationSize = from.populationSize;
            gamesPerCandidate = from.gamesPerCandidate;
            seed = from.seed;
            start = from.start;
            defaultMode = from.defaultMode;
        }

        public Builder configDir(Path dir) { configDir = dir; return this; }
        public Builder populationSize(int size) { populationSize = size; return this; }
        public Builder gamesPerCandidate(int games) { gamesPerCandidate = games; return this; }
        public Builder seed(long value) { seed = value; return this; }
        public Builder start(StartMode mode) { start = mode; return this; }
        public Builder defaultMode(ServeMode mode) { defaultMode = mode; return this; }

        public LearningSettings build() {
            return new LearningSettings(configDir, populationSize, gamesPerCandidate, seed, start, defaultMode);
        }
    }
}
