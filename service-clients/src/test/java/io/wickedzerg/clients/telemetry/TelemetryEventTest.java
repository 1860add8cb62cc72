package io.wickedzerg.clients.telemetry;

import static io.wickedzerg.clients.telemetry.TelemetryTestSupport.worker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.AbstractMap;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TelemetryEventTest {

    @Test
    void aMapChangedAfterSendDoesNotChangeWhatTheWorkerSerializes() throws Exception {
        RecordingSink sink = new RecordingSink();
        // an hour-long interval: the worker touches the event only when the test flushes
        BatchingTelemetryClient client = worker(BatchingOptions.of(100, 100, Duration.ofHours(1)),
                new TelemetryCounters(), sink);
        Map<String, Object> reused = new HashMap<>(Map.of("minerals", 50));

        client.send(new TelemetryEvent("g", 1, "sample", reused));
        reused.put("minerals", 999); // the caller reuses its map for the next step
        reused.put("larva", 3);
        client.flush().get(10, TimeUnit.SECONDS);

        assertThat(sink.batches).hasSize(1);
        assertThat(sink.batches.peek().get(0).event().fields()).containsExactly(Map.entry("minerals", 50));
        client.close(Duration.ofSeconds(2));
    }

    @Test
    void fieldsAreAShallowUnmodifiableCopyInTheirOwnOrderWithNullsKept() {
        Map<String, Object> ordered = new LinkedHashMap<>();
        ordered.put("z", 1);
        ordered.put("a", null);
        ordered.put("m", List.of(1, 2));

        Map<String, Object> fields = new TelemetryEvent("g", 1, "k", ordered).fields();

        assertThat(fields).isNotSameAs(ordered);
        assertThat(fields.keySet()).containsExactly("z", "a", "m");
        assertThat(fields).containsEntry("a", null);
        assertThatThrownBy(() -> fields.put("x", 2)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theJdksImmutableMapsAreKeptAsTheyAre() {
        Map<String, Object> one = Map.of("a", 1);
        Map<String, Object> many = Map.of("a", 1, "b", 2, "c", 3);

        assertThat(new TelemetryEvent("g", 1, "k", one).fields()).isSameAs(one);
        assertThat(new TelemetryEvent("g", 1, "k", many).fields()).isSameAs(many);
        assertThat(new TelemetryEvent("g", 1, "k", null).fields()).isEmpty();
    }

    @Test
    void aMapThatCannotBeReadStillMakesAnEventAndNeverThrows() {
        Map<String, Object> broken = new AbstractMap<>() {
            @Override
            public Set<Entry<String, Object>> entrySet() {
                throw new ConcurrentModificationException();
            }
        };

        TelemetryEvent event = new TelemetryEvent("g", 1, "k", broken);

        assertThat(event.fields()).containsExactly(Map.entry("fields_unreadable", "ConcurrentModificationException"));
    }
}
