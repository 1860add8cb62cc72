package io.wickedzerg.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a {@link HybridConfig} from its sources, later wins: built-in defaults &lt; the JSON file
 * ({@code HYBRID_CONFIG}, else {@code config/hybrid_config.json} when it exists) &lt; environment
 * variables. Code overrides go on top through {@link HybridConfig#toBuilder()}.
 */
public final class HybridConfigLoader {

    /** Names the JSON file to read instead of the default one. */
    public static final String CONFIG_FILE_ENV = "HYBRID_CONFIG";
    public static final Path DEFAULT_CONFIG_FILE = Path.of("config", "hybrid_config.json");

    private final Map<String, String> environment;
    private final Path workingDir;

    /**
     * @param environment the variables to read (the process environment, or a map in tests)
     * @param workingDir  what relative file paths are resolved against
     */
    public HybridConfigLoader(Map<String, String> environment, Path workingDir) {
        this.environment = Map.copyOf(environment);
        this.workingDir = workingDir;
    }

    public static HybridConfigLoader fromSystem() {
        return new HybridConfigLoader(System.getenv(), Path.of("").toAbsolutePath());
    }

    /** @throws ConfigException naming the file and key, or the variable, and the allowed values */
    public HybridConfig load() {
        HybridConfig.Builder builder = HybridConfig.builder();
        configFile().ifPresent(file -> new JsonConfigFile(file.display(), file.path()).applyTo(builder));
        applyEnvironment(builder);
        return builder.build();
    }

    /** The file that {@link #load()} reads, if any: the one named by HYBRID_CONFIG, else the default if it exists. */
    public Optional<ConfigFile> configFile() {
        String named = environment.get(CONFIG_FILE_ENV);
        if (named != null && !named.isBlank()) {
            Path path = workingDir.resolve(named.trim());
            if (!Files.isRegularFile(path)) {
                throw new ConfigException("env " + CONFIG_FILE_ENV + ": config file " + named.trim()
                        + " does not exist or is not a file; allowed: the path of a readable JSON file");
            }
            return Optional.of(new ConfigFile(named.trim(), path));
        }
        Path fallback = workingDir.resolve(DEFAULT_CONFIG_FILE);
        return Files.exists(fallback)
                ? Optional.of(new ConfigFile(DEFAULT_CONFIG_FILE.toString(), fallback))
                : Optional.empty();
    }

    private void applyEnvironment(HybridConfig.Builder builder) {
        for (Setting setting : Setting.values()) {
            String raw = environment.get(setting.envVar());
            // An empty variable means "not set", the way shells and CI systems commonly unset things.
            if (raw == null || raw.isBlank()) {
                continue;
            }
            try {
                builder.put(setting, setting.type().fromText(raw), Source.env(setting.envVar()));
            } catch (ValueType.InvalidValue e) {
                throw new ConfigException("env " + setting.envVar() + ": " + e.getMessage());
            }
        }
    }

    /**
     * A config file to read.
     *
     * @param display the path as the user wrote it, for messages
     * @param path    the resolved path
     */
    public record ConfigFile(String display, Path path) { }
}
