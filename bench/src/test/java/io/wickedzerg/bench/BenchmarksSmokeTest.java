package io.wickedzerg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Every benchmark runs once, briefly, in this JVM: a benchmark whose setup or body throws (a port
 * taken, an API changed under it) fails here instead of at the next measurement. This says nothing
 * about speed; the numbers come from {@code ./run.sh bench}.
 */
class BenchmarksSmokeTest {

    @Test
    void everyBenchmarkRunsToCompletion() throws RunnerException {
        Options options = new OptionsBuilder()
                .include("io\\.wickedzerg\\.bench\\..*")
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(100))
                .timeUnit(TimeUnit.MICROSECONDS)
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT)
                .build();

        Collection<RunResult> results = new Runner(options).run();

        assertThat(results).as("benchmarks found and run").isNotEmpty();
        for (RunResult result : results) {
            assertThat(result.getPrimaryResult().getSampleCount())
                    .as(result.getParams().getBenchmark()).isPositive();
        }
    }
}
