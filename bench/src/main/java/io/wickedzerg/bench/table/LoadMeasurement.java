package io.wickedzerg.bench.table;

import io.wickedzerg.bench.services.TelemetryLoadBenchmark;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The telemetry service under load ({@link TelemetryLoadBenchmark}) on one database: events stored per second. */
final class LoadMeasurement implements Measurement {

    /** Our own target, none is stated: about fifty games' telemetry at a few hundred events per game second each. */
    static final double EVENTS_PER_SECOND = 10_000;

    private final String db;

    /** @param db sqlite or postgres */
    LoadMeasurement(String db) {
        this.db = db;
    }

    @Override
    public String title() {
        return "telemetry service load, " + db;
    }

    @Override
    public List<String> rowNames() {
        return List.of(row());
    }

    private String row() {
        return "telemetry service events stored per second, " + (db.equals("sqlite") ? "SQLite" : "PostgreSQL");
    }

    @Override
    public List<Row> measure(BenchSettings settings) throws Exception {
        // quick: one thread, as a client's queue (65,536 events) is flushed before the time stops
        int threads = settings.quick() ? 1 : 8;
        int seconds = settings.quick() ? 2 : 20;
        Path log = settings.workDir().resolve("load-" + db + ".log");
        Files.createDirectories(settings.workDir());
        double rate;
        try (PrintStream out = new PrintStream(Files.newOutputStream(log), true, StandardCharsets.UTF_8)) {
            rate = TelemetryLoadBenchmark.eventsPerSecond(db, threads, seconds, out);
        }
        return List.of(Row.measured(row(), rate, "events/s", Target.atLeast(EVENTS_PER_SECOND, "our own (none stated)"),
                threads + " client thread(s) x " + seconds + " s, clients in the same JVM"));
    }
}
