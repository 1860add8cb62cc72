package io.wickedzerg.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A setting whose value is valid but does not work on this machine, found when a client starts:
 * e.g. a {@code spool_dir} nobody can write to. Like every {@link ConfigException} its message is one
 * line naming the JSON key, the environment variable, where the value came from and the path.
 */
public final class UnusableSettingException extends ConfigException {
    private static final long serialVersionUID = 1L;

    private final transient Setting setting;
    private final transient Path path;

    private UnusableSettingException(Setting setting, Path path, String message, Throwable cause) {
        super(message, cause);
        this.setting = setting;
        this.path = path;
    }

    /**
     * @param path    the folder or file that failed (may be below the setting's own value)
     * @param problem what went wrong, in words (new lines are folded)
     */
    public static UnusableSettingException forPath(HybridConfig config, Setting setting, Path path, String problem,
                                                   Throwable cause) {
        Objects.requireNonNull(setting, "setting");
        Objects.requireNonNull(path, "path");
        String message = setting.jsonKey() + " = " + config.display(setting) + " (" + config.sourceOf(setting)
                + "): cannot write to " + path + ": " + oneLine(problem) + "; allowed: a writable folder (set "
                + setting.jsonKey() + " in the config file or " + setting.envVar() + " in the environment)";
        return new UnusableSettingException(setting, path, message, cause);
    }

    public Setting setting() {
        return setting;
    }

    public Path path() {
        return path;
    }

    private static String oneLine(String text) {
        return String.valueOf(text).replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }
}
