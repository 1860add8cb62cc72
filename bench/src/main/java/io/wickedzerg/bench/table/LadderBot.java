package io.wickedzerg.bench.table;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the ladder rows share: the AI Arena bot's folder as {@code run.sh package-ladder} makes it, the line
 * {@code sim serve} prints once it listens, and the arguments AI Arena starts the bot with.
 */
final class LadderBot {

    /** {@code sim serve}'s first line; group 1 is its port. */
    static final Pattern SERVER_LISTENING = Pattern.compile("listening on ws://[^:/]+:(\\d+)/");
    private static final Duration PACKAGING_PATIENCE = Duration.ofSeconds(90);

    private LadderBot() {
    }

    /** The bot folder AI Arena gets, made by the app's own {@code package-ladder} from {@code --ladder-jar}. */
    static Path packageLadder(BenchSettings settings, Path dir) throws Exception {
        Path out = dir.resolve("WickedZerg").toAbsolutePath();
        List<String> command = AppCommand.of(settings, List.of(), List.of("package-ladder",
                "--jar", settings.ladderJar().toAbsolutePath().toString(), "--out", out.toString()));
        Path log = dir.resolve("package-ladder.log");
        try (ChildProcess packaging = ChildProcess.start(command, settings.projectDir(),
                AppCommand.environment(dir.resolve("package-ladder"), "bench-package"), log, null)) {
            Optional<Integer> exit = packaging.waitFor(PACKAGING_PATIENCE);
            if (exit.isEmpty() || exit.get() != 0) {
                throw new IllegalStateException("package-ladder " + exit.map(code -> "exited with " + code)
                        .orElse("did not end within " + PACKAGING_PATIENCE.toSeconds() + " s") + " (see " + log + ")");
            }
        }
        return out;
    }

    /** After {@code java} and any JVM flags: the jar and AI Arena's flags for a game on {@code port} of this machine. */
    static List<String> aiArenaArgs(String port) {
        return List.of("-jar", "WickedZerg.jar", "--LadderServer", "127.0.0.1", "--GamePort", port, "--StartPort", port,
                "--OpponentId", "bench");
    }
}
