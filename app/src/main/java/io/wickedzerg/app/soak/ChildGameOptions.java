package io.wickedzerg.app.soak;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import picocli.CommandLine.Option;

/**
 * The options of every command that plays whole games in child JVMs (soak, learn): how many at a time, and when a
 * game is a tie, stalled or hung. A picocli mixin, so both commands spell and check them alike.
 */
public final class ChildGameOptions {

    @Option(names = "--parallel", defaultValue = "2", description = "Games at a time (default: ${DEFAULT-VALUE}).")
    public int parallel;

    @Option(names = "--request-timeout", defaultValue = "10",
            description = "Seconds a game waits for an answer before it counts as a protocol timeout (default: ${DEFAULT-VALUE}).")
    public double requestTimeoutSeconds;

    @Option(names = "--game-timeout", defaultValue = "900",
            description = "Wall seconds after which a game's process is dumped and killed as hung (default: ${DEFAULT-VALUE}).")
    public long gameTimeoutSeconds;

    @Option(names = "--loop-limit", defaultValue = "80640",
            description = "Game loops until a game is a tie (default: ${DEFAULT-VALUE}, one game hour).")
    public long loopLimit;

    /** What is wrong with these options, naming the flag; null when nothing is. */
    public String problem() {
        if (parallel < 1 || parallel > 16) {
            return "--parallel: must be 1..16, was " + parallel;
        }
        if (requestTimeoutSeconds < 1 || requestTimeoutSeconds > 600) {
            return "--request-timeout: must be 1..600 seconds, was " + requestTimeoutSeconds;
        }
        if (loopLimit < 1000) {
            return "--loop-limit: must be at least 1000, was " + loopLimit;
        }
        if (gameTimeoutSeconds < 30) {
            return "--game-timeout: must be at least 30 seconds, was " + gameTimeoutSeconds;
        }
        return null;
    }

    /** {@code data/<kind>/<yyyyMMdd-HHmmss>}: where a run's files go when --out is not given. */
    public static Path defaultOut(String kind) {
        return Path.of("data", kind, LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
    }
}
