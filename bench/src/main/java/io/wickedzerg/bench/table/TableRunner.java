package io.wickedzerg.bench.table;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs the measurements one after the other, a progress line before each; a measurement that throws yields its
 * rows marked failed with the reason, and the run goes on.
 */
final class TableRunner {

    private final List<Measurement> measurements;
    private final PrintStream progress;

    TableRunner(List<Measurement> measurements, PrintStream progress) {
        this.measurements = measurements;
        this.progress = progress;
    }

    /** Every measurement the table has, in its order. */
    static List<Measurement> all() {
        return List.of(new SendMeasurement(), new GameMeasurement("Medium", "medium", true),
                new GameMeasurement("default (Easy)", null, false), new LoadMeasurement("sqlite"),
                new LoadMeasurement("postgres"), new LadderStartMeasurement(), new LadderGameMeasurement());
    }

    List<Row> run(BenchSettings settings) {
        long start = System.nanoTime();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < measurements.size(); i++) {
            Measurement m = measurements.get(i);
            progress.printf(Locale.ROOT, "bench: [%d/%d] %s ... (%.0f s so far)%n", i + 1, measurements.size(), m.title(),
                    (System.nanoTime() - start) / 1e9);
            long began = System.nanoTime();
            List<Row> measured = measureOrFail(m, settings);
            progress.printf(Locale.ROOT, "bench: [%d/%d] %s: %s in %.0f s%n", i + 1, measurements.size(), m.title(),
                    measured.stream().anyMatch(r -> r.status() == Row.Status.FAILED) ? "FAILED" : "done",
                    (System.nanoTime() - began) / 1e9);
            rows.addAll(measured);
        }
        return rows;
    }

    private static List<Row> measureOrFail(Measurement m, BenchSettings settings) {
        String reason;
        try {
            return m.measure(settings);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reason = "interrupted";
        } catch (Exception | LinkageError e) {
            reason = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        String oneLine = reason.replaceAll("\\s+", " ");
        return m.rowNames().stream().map(name -> Row.failed(name, oneLine)).toList();
    }
}
