package io.wickedzerg.bench.table;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How long the ladder bot takes from its JVM's launch to its first step: a {@code sim serve} game is started and
 * listening first (not timed), then the bot with AI Arena's flags, told it has one core; the time is from starting
 * the bot's process to reading the line it prints after its first step.
 */
final class LadderStartMeasurement implements Measurement {

    static final String ROW = "JVM launch to first step, ladder bot on one core";
    private static final Pattern LISTENING = Pattern.compile("listening on ws://[^:/]+:(\\d+)/");
    private static final Pattern FIRST_STEP = Pattern.compile("first step at game loop (\\d+), (\\d+) ms after the JVM");
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Override
    public String title() {
        return "ladder bot start";
    }

    @Override
    public List<String> rowNames() {
        return List.of(ROW);
    }

    @Override
    public List<Row> measure(BenchSettings settings) throws Exception {
        Path dir = settings.workDir().resolve("ladder-start");
        Files.createDirectories(dir);
        List<String> serve = AppCommand.of(settings, List.of(), List.of("sim", "serve", "--port", "0",
                "--computer-race", "terran", "--difficulty", "easy", "--seed", "1", "--loop-limit", "2240"));
        try (ChildProcess server = ChildProcess.start(serve, settings.projectDir(), AppCommand.environment(dir.resolve("server"), "bench-server"),
                dir.resolve("server.log"), LISTENING)) {
            String port = server.await(PATIENCE).match().group(1);
            List<String> bot = AppCommand.of(settings, List.of("-XX:ActiveProcessorCount=1"), List.of(
                    "--LadderServer", "127.0.0.1", "--GamePort", port, "--StartPort", port, "--OpponentId", "bench"));
            try (ChildProcess ladderBot = ChildProcess.start(bot, settings.projectDir(),
                    AppCommand.environment(dir.resolve("bot"), "bench-ladder"), dir.resolve("bot.log"), FIRST_STEP)) {
                ChildProcess.LineSeen first = ladderBot.await(PATIENCE);
                double ms = first.afterStartNanos() / 1e6;
                return List.of(Row.measured(ROW, ms, "ms", Target.atMost(3000, "a ladder bot on one core"),
                        "process start to the first step's line (game loop " + first.match().group(1)
                                + "); the JVM's own uptime then " + first.match().group(2) + " ms"));
            }
        }
    }
}
