package io.wickedzerg.app.soak;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The numbers of a finished soak: counts by kind, results, timings; as a table for people and as JSON. */
record SoakReport(List<SoakOutcome> outcomes, int parallel, double wallSeconds) {

    SoakReport {
        outcomes = outcomes.stream().sorted(Comparator.comparingInt(o -> o.game().index())).toList();
    }

    Map<SoakOutcome.Kind, Long> counts() {
        Map<SoakOutcome.Kind, Long> counts = new EnumMap<>(SoakOutcome.Kind.class);
        for (SoakOutcome.Kind kind : SoakOutcome.Kind.values()) {
            counts.put(kind, outcomes.stream().filter(o -> o.kind() == kind).count());
        }
        return counts;
    }

    boolean allDecided() {
        return outcomes.stream().allMatch(SoakOutcome::ok);
    }

    long results(String result) {
        return outcomes.stream().filter(o -> o.ok() && o.result().equals(result)).count();
    }

    String table() {
        Map<SoakOutcome.Kind, Long> counts = counts();
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "soak: %d games, %d at a time, %.1f min wall%n", outcomes.size(), parallel,
                wallSeconds / 60));
        b.append(String.format(Locale.ROOT, "  with a result      %4d  (victory %d, defeat %d, tie %d)%n",
                counts.get(SoakOutcome.Kind.RESULT), results("Victory"), results("Defeat"), results("Tie")));
        b.append(String.format(Locale.ROOT, "  undecided          %4d%n", counts.get(SoakOutcome.Kind.UNDECIDED)));
        b.append(String.format(Locale.ROOT, "  protocol timeouts  %4d%n", counts.get(SoakOutcome.Kind.PROTOCOL_TIMEOUT)));
        b.append(String.format(Locale.ROOT, "  failed             %4d%n", counts.get(SoakOutcome.Kind.FAILED)));
        b.append(String.format(Locale.ROOT, "  hung               %4d%n", counts.get(SoakOutcome.Kind.HUNG)));
        List<SoakOutcome> played = outcomes.stream().filter(SoakOutcome::ok).toList();
        if (!played.isEmpty()) {
            b.append(String.format(Locale.ROOT, "  game length        %s .. %s (median %s)%n",
                    clock(played.stream().mapToDouble(SoakOutcome::gameSeconds).min().orElse(0)),
                    clock(played.stream().mapToDouble(SoakOutcome::gameSeconds).max().orElse(0)),
                    clock(median(played.stream().map(SoakOutcome::gameSeconds).toList()))));
            b.append(String.format(Locale.ROOT, "  wall per game      median %.1f s, max %.1f s%n",
                    median(played.stream().map(SoakOutcome::wallSeconds).toList()),
                    played.stream().mapToDouble(SoakOutcome::wallSeconds).max().orElse(0)));
            b.append(String.format(Locale.ROOT, "  step time p99      median %.2f ms, worst %.2f ms; max step worst %.1f ms%n",
                    median(played.stream().map(SoakOutcome::stepP99Ms).toList()),
                    played.stream().mapToDouble(SoakOutcome::stepP99Ms).max().orElse(0),
                    played.stream().mapToDouble(SoakOutcome::stepMaxMs).max().orElse(0)));
        }
        for (SoakOutcome o : outcomes) {
            if (!o.ok()) {
                b.append("  ").append(o.kind()).append(": game ").append(o.game().index()).append(' ')
                        .append(o.game().label()).append(": ").append(o.problem()).append(System.lineSeparator());
            }
        }
        return b.toString();
    }

    void writeJson(Path file) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("games", outcomes.size());
        root.put("parallel", parallel);
        root.put("wall_seconds", Math.round(wallSeconds * 10) / 10.0);
        Map<String, Long> byKind = new LinkedHashMap<>();
        counts().forEach((kind, n) -> byKind.put(kind.name().toLowerCase(Locale.ROOT), n));
        root.put("outcomes", byKind);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SoakOutcome o : outcomes) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("game", o.game().index());
            row.put("seed", o.game().seed());
            row.put("race", o.game().race());
            row.put("map", o.game().map());
            row.put("difficulty", o.game().difficulty());
            row.put("hybrid", o.game().hybrid());
            row.put("kind", o.kind().name().toLowerCase(Locale.ROOT));
            row.put("result", o.result());
            row.put("game_seconds", Math.round(o.gameSeconds() * 10) / 10.0);
            row.put("wall_seconds", Math.round(o.wallSeconds() * 10) / 10.0);
            row.put("step_p99_ms", Math.round(o.stepP99Ms() * 1000) / 1000.0);
            row.put("killed_value", o.killedValue());
            row.put("lost_value", o.lostValue());
            row.put("problem", o.problem());
            row.put("folder", o.folder().toString());
            rows.add(row);
        }
        root.put("per_game", rows);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), root);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
    }

    private static String clock(double seconds) {
        int s = (int) Math.round(seconds);
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
