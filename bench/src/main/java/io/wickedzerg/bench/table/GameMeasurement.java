package io.wickedzerg.bench.table;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One whole game of {@code play} (the bot and the in-process server in one JVM, as a newcomer runs it) as a child
 * process: game loops per wall second and games per hour from its summary JSON; with {@code detailed} also the bot's
 * step times and the peak heap, the games then run with {@code -Xmx256m}. Two games are played in one JVM and the rows are
 * of the second: the first warms the JIT (its numbers are in the note).
 */
final class GameMeasurement implements Measurement {

    /** The reference for later games on this machine: about 1,100-1,250 loops per wall second. */
    static final double LOOPS_PER_SECOND = 1100;
    static final double HEAP_MB = 256;
    private static final long QUICK_LOOP_LIMIT = 1120;
    /** The first game warms the JIT; the rows are of the later ones, as a learner's run plays them. */
    private static final int GAMES = 2;

    private final String label;
    private final String difficulty;
    private final boolean detailed;

    /** @param difficulty null for play's default */
    GameMeasurement(String label, String difficulty, boolean detailed) {
        this.label = label;
        this.difficulty = difficulty;
        this.detailed = detailed;
    }

    @Override
    public String title() {
        return "whole games, " + label + (detailed ? ", -Xmx256m" : "");
    }

    @Override
    public List<String> rowNames() {
        List<String> names = new ArrayList<>(List.of(loopsRow(), gamesRow()));
        if (detailed) {
            names.addAll(List.of(stepRow("p50"), stepRow("p99"), stepRow("max"), midRow("p50"), midRow("p99"),
                    midRow("max"), heapRow()));
        }
        return names;
    }

    private String loopsRow() {
        return "game loops per wall second, " + label;
    }

    private String gamesRow() {
        return "games per hour, " + label;
    }

    private String stepRow(String which) {
        return "bot step time " + which + ", " + label + " games";
    }

    private String midRow(String which) {
        return "bot step time " + which + ", " + label + " mid-game steps (sampled)";
    }

    private String heapRow() {
        return "peak heap used, " + label + " games at -Xmx256m";
    }

    @Override
    public List<Row> measure(BenchSettings settings) throws Exception {
        Path dir = settings.workDir().resolve("game-" + label.replaceAll("[^A-Za-z0-9]+", "-").toLowerCase());
        Files.createDirectories(dir);
        Path summary = dir.resolve("summary.json").toAbsolutePath();
        Path gcLog = dir.resolve("gc.log").toAbsolutePath();
        List<String> jvm = detailed ? List.of("-Xmx256m", "-Xlog:gc:file=" + gcLog) : List.of();
        List<String> args = new ArrayList<>(List.of("play", "--seed", "1", "--games", Integer.toString(GAMES),
                "--summary-json", summary.toString()));
        if (difficulty != null) {
            args.addAll(List.of("--difficulty", difficulty));
        }
        if (settings.quick()) {
            args.addAll(List.of("--loop-limit", Long.toString(QUICK_LOOP_LIMIT)));
        }
        Duration timeout = Duration.ofSeconds(settings.quick() ? 180 : 900);
        Optional<Integer> exit;
        try (ChildProcess game = ChildProcess.start(AppCommand.of(settings, jvm, args), settings.projectDir(),
                AppCommand.environment(dir, "bench-game"), dir.resolve("play.log"), null)) {
            exit = game.waitFor(timeout);
        }
        if (exit.isEmpty()) {
            throw new IllegalStateException("the game did not end within " + timeout.toSeconds() + " s (" + dir + ")");
        }
        if (exit.get() != 0 || !Files.exists(summary)) {
            throw new IllegalStateException("play exited with " + exit.get() + " (see " + dir.resolve("play.log") + ")");
        }
        JsonNode games = new ObjectMapper().readTree(summary.toFile()).get("games");
        List<JsonNode> later = new ArrayList<>();
        games.forEach(later::add);
        JsonNode first = later.remove(0);
        if (later.isEmpty()) {
            throw new IllegalStateException("play wrote " + games.size() + " game(s) into " + summary + ", expected " + GAMES);
        }
        long loops = 0;
        double wall = 0;
        for (JsonNode game : later) {
            loops += game.get("game_loops").asLong();
            wall += game.get("wall_seconds").asDouble();
        }
        double loopsPerGame = (double) loops / later.size();
        String measured = later.size() == 1 ? "game 2" : "games 2-" + games.size();
        String what = measured + " of one JVM (the first, JIT cold: " + first.get("game_loops").asLong()
                + " loops in " + first.get("wall_seconds").asDouble() + " s), " + result(later) + " vs "
                + first.get("opponent").asText() + " on " + first.get("map").asText();
        List<Row> rows = new ArrayList<>();
        rows.add(Row.measured(loopsRow(), loops / wall, "loops/s",
                Target.atLeast(LOOPS_PER_SECOND, "the issue's reference for later games"), what));
        rows.add(Row.measured(gamesRow(), 3600 * later.size() / wall, "games/h",
                Target.atLeast(3600 * LOOPS_PER_SECOND / loopsPerGame, "these games' length at 1,100 loops/s"),
                "one game at a time, " + Math.round(loopsPerGame) + " loops a game"));
        if (detailed) {
            String all = later.size() == 1 ? "game 2, all its steps" : "the worst of " + measured + ", all steps of each";
            rows.add(Row.measured(stepRow("p50"), worst(later, "p50"), "ms",
                    Target.atMost(1, "our own: half the p99 target"), all));
            rows.add(Row.measured(stepRow("p99"), worst(later, "p99"), "ms",
                    Target.atMost(2, "BotStepBenchmark's stated p99 target"), all));
            long over = 0;
            for (JsonNode game : later) {
                over += game.get("steps_over_40ms").asLong();
            }
            rows.add(Row.measured(stepRow("max"), worst(later, "max"), "ms",
                    Target.atMost(40, "AI Arena's step limit"), over + " step(s) over 40 ms in " + measured));
            JsonNode last = later.get(later.size() - 1);
            MidGameSteps mid = MidGameSteps.of(dir.resolve("data"), last.get("game_id").asText(),
                    last.get("game_loops").asLong());
            String sampled = "game " + games.size() + ", loops " + last.get("game_loops").asLong() / 4 + "-"
                    + last.get("game_loops").asLong() * 3 / 4 + ": " + mid.samples() + " telemetry samples' step_ms";
            rows.add(Row.measured(midRow("p50"), mid.p50(), "ms", Target.atMost(1, "our own: half the p99 target"), sampled));
            rows.add(Row.measured(midRow("p99"), mid.p99(), "ms", Target.atMost(2, "BotStepBenchmark's stated p99 target"),
                    sampled));
            rows.add(Row.measured(midRow("max"), mid.max(), "ms", Target.atMost(40, "AI Arena's step limit"), sampled));
            OptionalDouble peak = GcLog.peakUsedMb(gcLog);
            rows.add(peak.isPresent()
                    ? Row.measured(heapRow(), peak.getAsDouble(), "MB", Target.atMost(HEAP_MB,
                            "the games complete in -Xmx256m"), "largest heap before a GC, all " + games.size()
                            + " games (bot and server in one JVM); they completed")
                    : Row.failed(heapRow(), "no GC pause in " + gcLog));
        }
        return rows;
    }

    private static double worst(List<JsonNode> games, String field) {
        return games.stream().mapToDouble(g -> g.get("step_time_ms").get(field).asDouble()).max().orElse(Double.NaN);
    }

    private static String result(List<JsonNode> games) {
        return String.join(", ", games.stream().map(g -> g.get("result").asText() + " at loop "
                + g.get("game_loops").asLong()).toList());
    }
}
