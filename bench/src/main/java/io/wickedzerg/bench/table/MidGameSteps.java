package io.wickedzerg.bench.table;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Step times of the middle of a game (its second and third quarter of game loops, past the opening's build-up and
 * before the last fights) from the bot's telemetry file: each periodic sample carries the step it was taken in
 * ({@code step_ms}), about one step in eleven, so these are sampled percentiles, not every step's.
 */
record MidGameSteps(int samples, double p50, double p99, double max) {

    /** The samples of {@code gameId}'s file ({@code <gameId>.jsonl}) somewhere under {@code dir}. */
    static MidGameSteps of(Path dir, String gameId, long lastLoop) throws IOException {
        Path file;
        try (Stream<Path> files = Files.walk(dir)) {
            file = files.filter(p -> p.getFileName().toString().equals(gameId + ".jsonl")).findFirst()
                    .orElseThrow(() -> new IOException("no telemetry file " + gameId + ".jsonl under " + dir));
        }
        ObjectMapper json = new ObjectMapper();
        double[] steps;
        try (Stream<String> lines = Files.lines(file)) {
            steps = lines.map(line -> read(json, line)).filter(e -> e.has("step_ms") && e.has("game_loop"))
                    .filter(e -> e.get("game_loop").asLong() >= lastLoop / 4 && e.get("game_loop").asLong() <= lastLoop * 3 / 4)
                    .mapToDouble(e -> e.get("step_ms").asDouble()).sorted().toArray();
        }
        if (steps.length == 0) {
            throw new IOException("no mid-game sample with step_ms in " + file);
        }
        return new MidGameSteps(steps.length, at(steps, 0.50), at(steps, 0.99), steps[steps.length - 1]);
    }

    /** The nearest-rank percentile of sorted values. */
    static double at(double[] sorted, double quantile) {
        int rank = (int) Math.ceil(quantile * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static JsonNode read(ObjectMapper json, String line) {
        try {
            return json.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException("telemetry line is not JSON: " + line, e);
        }
    }
}
