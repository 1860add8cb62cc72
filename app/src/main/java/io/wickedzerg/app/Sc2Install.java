package io.wickedzerg.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the newest SC2 executable under SC2PATH or a standard install folder. The game keeps one folder per
 * build, {@code Versions/Base<build>}; the build decides which data version ocraft must ask for.
 */
final class Sc2Install {

    private static final Pattern BUILD_FOLDER = Pattern.compile("Base(\\d+)");

    /** An installed game: its root folder (with Versions/ and Maps/), the executable and the build it belongs to. */
    record Game(Path root, Path executable, int baseBuild) {

        Path mapsFolder() {
            return root.resolve("Maps");
        }
    }

    private Sc2Install() {
    }

    static List<Path> candidates(Map<String, String> env) {
        List<Path> out = new ArrayList<>();
        String configured = env.get("SC2PATH");
        if (configured != null && !configured.isBlank()) {
            out.add(Path.of(configured));
        }
        String home = System.getProperty("user.home");
        out.add(Path.of(home, "StarCraftII"));
        out.add(Path.of("/Applications/StarCraft II"));
        out.add(Path.of("C:\\Program Files (x86)\\StarCraft II"));
        return out;
    }

    static Optional<Game> find(Map<String, String> env) {
        for (Path root : candidates(env)) {
            Optional<Game> game = newestBuild(root.toAbsolutePath().normalize());
            if (game.isPresent()) {
                return game;
            }
        }
        return Optional.empty();
    }

    private static Optional<Game> newestBuild(Path root) {
        Path versions = root.resolve("Versions");
        if (!Files.isDirectory(versions)) {
            return Optional.empty();
        }
        try (Stream<Path> dirs = Files.list(versions)) {
            // by number: Base100000 is newer than Base99999, which sorts after it as text
            return dirs.flatMap(dir -> executableIn(root, dir).stream())
                    .max(Comparator.comparingInt(Game::baseBuild));
        } catch (IOException e) {
            // unreadable folder: try the next candidate
            return Optional.empty();
        }
    }

    private static Optional<Game> executableIn(Path root, Path buildFolder) {
        Matcher build = BUILD_FOLDER.matcher(buildFolder.getFileName().toString());
        if (!build.matches()) {
            return Optional.empty();
        }
        return Stream.of(buildFolder.resolve("SC2_x64"), buildFolder.resolve("SC2_x64.exe"),
                        buildFolder.resolve("SC2.app/Contents/MacOS/SC2"))
                .filter(Files::isRegularFile)
                .findFirst()
                .map(exe -> new Game(root, exe, Integer.parseInt(build.group(1))));
    }
}
