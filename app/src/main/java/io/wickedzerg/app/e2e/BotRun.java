package io.wickedzerg.app.e2e;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the ladder bot printed about its game: the result line ({@code result Victory vs opponent X after N loops;
 * ...; step time p50 a ms, p99 b ms, ...}), its ids ({@code game run_id=… game_id=…}) and its clients' counters after
 * they closed ({@code telemetry emitted=… …}, {@code learning results_written=… …}).
 *
 * @param result    Victory, Defeat, Tie or Undecided; empty when the bot printed no result line
 * @param stepCpuP99Ms the p99 of the game thread's CPU time per step; NaN when the line has none
 * @param telemetry the telemetry client's counters by name (emitted, delivered, spooled, replayed, evicted,
 *                  dropped_queue_full, dropped_after_shutdown, dead_lettered, lost_to_disk_errors, corrupt_frames)
 * @param learning  the learning client's counters by name; empty when results did not go to the learning service
 */
record BotRun(Optional<String> result, long gameLoops, double stepP99Ms, double stepCpuP99Ms, String runId, String gameId,
              Map<String, Long> telemetry, Map<String, Long> learning) {

    private static final Pattern RESULT = Pattern.compile("^result (\\S+) vs opponent .* after (\\d+) loops;.*"
            + "step time p50 [0-9.]+ ms, p99 ([0-9.]+) ms");
    private static final Pattern CPU_P99 = Pattern.compile("; CPU p99 ([0-9.]+) ms");
    private static final Pattern PROGRESS = Pattern.compile("^progress game loop (\\d+)$");

    BotRun {
        telemetry = Map.copyOf(telemetry);
        learning = Map.copyOf(learning);
    }

    static BotRun parse(List<String> lines) {
        Optional<String> result = Optional.empty();
        long loops = 0;
        double p99 = Double.NaN;
        double cpuP99 = Double.NaN;
        String runId = "";
        String gameId = "";
        Map<String, Long> telemetry = new LinkedHashMap<>();
        Map<String, Long> learning = new LinkedHashMap<>();
        for (String line : lines) {
            Matcher m = RESULT.matcher(line);
            if (m.find()) {
                result = Optional.of(m.group(1));
                loops = Long.parseLong(m.group(2));
                p99 = Double.parseDouble(m.group(3));
                Matcher cpu = CPU_P99.matcher(line);
                cpuP99 = cpu.find() ? Double.parseDouble(cpu.group(1)) : Double.NaN;
            } else if (line.startsWith("game run_id=")) {
                Map<String, String> words = words(line);
                runId = words.getOrDefault("run_id", "");
                gameId = words.getOrDefault("game_id", "");
            } else if (line.startsWith("telemetry emitted=")) {
                words(line).forEach((k, v) -> telemetry.put(k, Long.parseLong(v)));
            } else if (line.startsWith("learning results_written=")) {
                words(line).forEach((k, v) -> learning.put(k, Long.parseLong(v)));
            }
        }
        return new BotRun(result, loops, p99, cpuP99, runId, gameId, telemetry, learning);
    }

    /** The game loop of a progress line ({@code progress game loop N}), if it is one. */
    static OptionalLong progressLoop(String line) {
        Matcher m = PROGRESS.matcher(line);
        return m.matches() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
    }

    /** A telemetry counter, 0 when the bot did not print it. */
    long telemetry(String name) {
        return telemetry.getOrDefault(name, 0L);
    }

    /** Everything the client lost, by reason (every reason, zero or not), in a fixed order. */
    Map<String, Long> dropped() {
        Map<String, Long> dropped = new LinkedHashMap<>();
        for (String reason : List.of("dropped_queue_full", "dropped_after_shutdown", "evicted", "dead_lettered",
                "lost_to_disk_errors")) {
            dropped.put(reason.replace("dropped_", ""), telemetry(reason));
        }
        return dropped;
    }

    boolean complete() {
        return result.isPresent() && !runId.isEmpty() && telemetry.containsKey("emitted");
    }

    private static Map<String, String> words(String line) {
        Map<String, String> words = new LinkedHashMap<>();
        for (String word : line.split(" ")) {
            int eq = word.indexOf('=');
            if (eq > 0) {
                words.put(word.substring(0, eq), word.substring(eq + 1));
            }
        }
        return words;
    }
}
