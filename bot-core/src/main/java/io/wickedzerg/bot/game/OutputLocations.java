package io.wickedzerg.bot.game;

import io.wickedzerg.config.HybridConfig;
import io.wickedzerg.config.Setting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks every place a run will write to before its first game, so an unwritable data folder is one clear
 * line and exit 2 instead of a whole game played with its telemetry lost. A folder is made if missing and
 * proven writable by creating (and removing) a file in it.
 */
public final class OutputLocations {

    private final List<Location> locations = new ArrayList<>();

    /** A folder or file to write, named as the user set it (setting and where it came from, or the flag). */
    record Location(String name, Path path, boolean folder) {
    }

    public static OutputLocations of(HybridConfig config) {
        OutputLocations checks = new OutputLocations();
        checks.folder(named(config, Setting.DATA_DIR), config.dataDir());
        checks.folder(named(config, Setting.SPOOL_DIR), config.spoolDir());
        return checks;
    }

    private static String named(HybridConfig config, Setting setting) {
        return setting.jsonKey() + " (" + config.sourceOf(setting) + ")";
    }

    public OutputLocations folder(String name, Path path) {
        locations.add(new Location(name, path, true));
        return this;
    }

    /** A file the run writes at its end; null means the flag was not given. */
    public OutputLocations file(String name, Path path) {
        if (path != null) {
            locations.add(new Location(name, path, false));
        }
        return this;
    }

    /** The first problem as one line naming the setting or flag and the path, or empty when all are writable. */
    public Optional<String> firstProblem() {
        for (Location location : locations) {
            Optional<String> problem = location.folder() ? checkFolder(location.path())
                    : checkFile(location.path());
            if (problem.isPresent()) {
                return Optional.of(location.name() + ": " + location.path().toAbsolutePath() + " " + problem.get());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> checkFolder(Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            return Optional.of("is a file, not a folder");
        }
        try {
            Files.createDirectories(folder);
            Files.delete(Files.createTempFile(folder, ".write-check", ".tmp"));
            return Optional.empty();
        } catch (IOException | SecurityException e) {
            return Optional.of("is not writable (" + reason(e) + ")");
        }
    }

    private static Optional<String> checkFile(Path file) {
        if (Files.isDirectory(file)) {
            return Optional.of("is a folder, not a file");
        }
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? Optional.empty() : checkFolder(parent).map(p -> "cannot be written: its folder " + p);
    }

    private static String reason(Exception e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
