package io.wickedzerg.bench.table;

import io.wickedzerg.bench.clients.TelemetrySendBenchmark;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * What one telemetry call costs the caller: {@link TelemetrySendBenchmark}'s {@code send} (ours, healthy loopback
 * server) and its OpenTelemetry baseline, built alike (same queue and batch sizes, same tight loop), sampled by JMH.
 * The baseline is ours' target; the baseline's rows are references.
 */
final class SendMeasurement implements Measurement {

    private static final String OURS = "send";
    private static final String OTEL = "otelBatchLogRecordProcessorEmit";

    @Override
    public String title() {
        return "telemetry send() (JMH)";
    }

    @Override
    public List<String> rowNames() {
        return List.of(row("p50", true), row("p99", true), row("p50", false), row("p99", false));
    }

    private static String row(String percentile, boolean ours) {
        return "telemetry send() " + percentile + ", " + (ours ? "ours (healthy server)" : "OpenTelemetry baseline");
    }

    @Override
    public List<Row> measure(BenchSettings settings) throws Exception {
        Files.createDirectories(settings.workDir());
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(TelemetrySendBenchmark.class.getName() + "\\.(" + OURS + "|" + OTEL + ")$")
                .param("server", "healthy")
                .shouldFailOnError(true)
                .output(settings.workDir().resolve("jmh-send.log").toString());
        if (settings.quick()) {
            // in this JVM and briefly: a smoke run, the numbers say little
            options.forks(0).warmupIterations(1).warmupTime(TimeValue.milliseconds(200))
                    .measurementIterations(1).measurementTime(TimeValue.milliseconds(500)).verbosity(VerboseMode.SILENT);
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        double[] ours = percentiles(results, OURS);
        double[] otel = percentiles(results, OTEL);
        String note = "JMH SampleTime, one thread, queue 4096, batch 512";
        List<Row> rows = new ArrayList<>();
        rows.add(Row.measured(row("p50", true), ours[0], "ns/op", Target.atMost(otel[0], "the OpenTelemetry baseline's p50"), note));
        rows.add(Row.measured(row("p99", true), ours[1], "ns/op", Target.atMost(otel[1], "the OpenTelemetry baseline's p99"), note));
        rows.add(Row.measured(row("p50", false), otel[0], "ns/op", null, "BatchLogRecordProcessor, no-op exporter"));
        rows.add(Row.measured(row("p99", false), otel[1], "ns/op", null, "BatchLogRecordProcessor, no-op exporter"));
        return rows;
    }

    private static double[] percentiles(Collection<RunResult> results, String method) {
        for (RunResult result : results) {
            if (result.getParams().getBenchmark().endsWith("." + method)) {
                var statistics = result.getPrimaryResult().getStatistics();
                return new double[] {statistics.getPercentile(50), statistics.getPercentile(99)};
            }
        }
        throw new IllegalStateException("JMH returned no result for " + method);
    }
}
