package io.wickedzerg.services.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reads counters back out of what Micrometer's Prometheus registry really writes. */
class PrometheusTextTest {

    @Test
    void sumsACounterOverItsLabelSetsAndReadsItByLabel() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        Counter.builder("supervisor.restarts").tag("service", "telemetry").register(registry).increment(2);
        Counter.builder("supervisor.restarts").tag("service", "odd \"name\", with\\escapes").register(registry)
                .increment(1);
        Counter.builder("telemetry.events.ingested").register(registry).increment(1234);

        PrometheusText text = PrometheusText.parse(registry.scrape());

        assertThat(text.sum("telemetry_events_ingested_total")).hasValue(1234.0);
        assertThat(text.sum("supervisor_restarts_total")).hasValue(3.0);
        assertThat(text.byLabel("supervisor_restarts_total", "service"))
                .isEqualTo(Map.of("telemetry", 2.0, "odd \"name\", with\\escapes", 1.0));
        assertThat(text.sum("no_such_metric")).isEmpty();
    }

    @Test
    void skipsCommentsBlankAndUnreadableLinesAndReadsSpecialValues() {
        PrometheusText text = PrometheusText.parse("""
                # HELP x a gauge
                # TYPE x gauge

                x{a="1"} +Inf
                x{a="2"} 2.5 1700000000000
                broken{a="1" 3
                y NaN-ish
                z 7
                """);

        assertThat(text.samples()).extracting(PrometheusText.Sample::name).containsExactly("x", "x", "z");
        assertThat(text.byLabel("x", "a")).containsEntry("1", Double.POSITIVE_INFINITY).containsEntry("2", 2.5);
        assertThat(text.sum("z")).hasValue(7.0);
    }
}
