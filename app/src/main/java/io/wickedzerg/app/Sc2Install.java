package io.wickedzerg.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds the newest SC2 executable under SC2PATH or a standard install folder. */
final class Sc2Install {

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

    static Optional<Path> find(Map<String, String> env) {
        for (Path root : candidates(env)) {
            Path versions = root.resolve("Versions");
            if (!Files.isDirectory(versions)) {
                continue;
            }
            try (Stream<Path> dirs = Files.list(versions)) {
                Optional<Path> exe = dirs.filter(d -> d.getFileName().toString().startsWith("Base"))
                        .sorted(Comparator.comparing((Path d) -> d.getFileName().toString()).reversed())
                        .flatMap(d -> Stream.of(d.resolve("SC2_x64"), d.resolve("SC2_x64.exe"),
                                d.resolve("SC2.app/Contents/MacOS/SC2")))
                        .filter(Files::isRegularFile)
                        .findFirst();
                if (exe.isPresent()) {
                    return exe;
                }
            } catch (IOException e) {
                // unreadable folder: try the next candidate
            }
        }
        return Optional.empty();
    }
}
