package io.wickedzerg.clients.telemetry;

import static io.wickedzerg.clients.telemetry.TelemetryTestSupport.worker;
import static org.assertj.core.api.Assertions.assertThat;

import io.wickedzerg.clients.testing.Await;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The queue and worker, with a sink that records what it is handed. */
class BatchingTelemetryClientTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private static TelemetryEvent event(int i) {
        return new TelemetryEvent("g", i, "sample", java.util.Map.of());
    }

    @Test
    void aFullBatchIsSealedByCountWithoutWaitingForTheInterval() throws InterruptedException {
        RecordingSink sink = new RecordingSink();
        BatchingTelemetryClient client = worker(BatchingOptions.of(1_000, 10, Duration.ofHours(1)),
                new TelemetryCounters(), sink);
        for (int i = 0; i < 25; i++) {
            client.send(event(i));
        }
        List<SequencedEvent> first = sink.batches.poll(10, TimeUnit.SECONDS);
        List<SequencedEvent> second = sink.batches.poll(10, TimeUnit.SECONDS);
        assertThat(first).hasSize(10).first().extracting(SequencedEvent::seq).isEqualTo(1L);
        assertThat(second).hasSize(10).first().extracting(SequencedEvent::seq).isEqualTo(11L);
        assertThat(sink.batches.poll(200, TimeUnit.MILLISECONDS)).isNull(); // 5 left: not a batch, interval far
        client.flush();
        assertThat(sink.batches.poll(10, TimeUnit.SECONDS)).hasSize(5);
        client.close(Duration.ofSeconds(2));
        assertThat(sink.calls).containsExactly("close");
    }

    @Test
    void aPartBatchIsSealedWhenTheFlushIntervalHasPassed() throws InterruptedException {
        RecordingSink sink = new RecordingSink();
        BatchingTelemetryClient client = worker(BatchingOptions.of(1_000, 100, Duration.ofMillis(50)),
                new TelemetryCounters(), sink);
        client.send(event(1));
        client.send(event(2));
        assertThat(sink.batches.poll(10, TimeUnit.SECONDS)).hasSize(2);
        client.close(Duration.ofSeconds(2));
    }

    @Test
    void anEventArrivingWhileTheWorkerIsIdleWaitsAtMostOneFlushInterval() throws InterruptedException {
        ManualTime time = new ManualTime();
        RecordingSink sink = new RecordingSink();
        BatchingTelemetryClient client = worker(BatchingOptions.of(1_000, 100, Duration.ofSeconds(1)),
                new TelemetryCounters(), sink, time);
        Await.until(WAIT, time::isParked, () -> "the idle worker never waited");

        time.advance(Duration.ofMillis(500));
        client.send(event(1)); // half way through the worker's idle wait

        // the worker now waits for exactly one interval after the event, not for the end of its idle wait
        // and then a whole interval more
        Await.until(WAIT, () -> time.parkedUntilElapsed() == Duration.ofMillis(1_500).toNanos(),
                () -> "worker waits until " + time.parkedUntilElapsed() + " ns");
        time.advance(Duration.ofMillis(999));
        assertThat(sink.batches).isEmpty(); // not sealed early either: it is still waiting
        time.advance(Duration.ofMillis(1));
        assertThat(sink.batches.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).as("sealed at 1.5 s").hasSize(1);
        client.close(Duration.ofSeconds(2));
    }

    @Test
    void flushCompletesOnlyWhenEveryEventSentBeforeItHasBeenHandled() throws Exception {
        RecordingSink sink = new RecordingSink();
        sink.gate = new CountDownLatch(1);
        BatchingTelemetryClient client = worker(BatchingOptions.of(1_000, 100, Duration.ofHours(1)),
                new TelemetryCounters(), sink);
        for (int i = 0; i < 30; i++) {
            client.send(event(i));
        }

        CompletableFuture<Void> flushed = client.flush();
        Await.until(WAIT, () -> sink.delivering.get() == 1, () -> "the worker never delivered");
        assertThat(flushed).as("the sink still holds the batch").isNotDone();
        sink.gate.countDown();

        flushed.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(sink.batches).hasSize(1);
        assertThat(sink.batches.peek()).hasSize(30);
        client.close(Duration.ofSeconds(2));
    }

    @Test
    void flushWithNothingQueuedOrAfterCloseCompletes() throws Exception {
        RecordingSink sink = new RecordingSink();
        BatchingTelemetryClient client = worker(BatchingOptions.of(1_000, 100, Duration.ofHours(1)),
                new TelemetryCounters(), sink);
        client.flush().get(WAIT.toSeconds(), TimeUnit.SECONDS);

        client.close(Duration.ofSeconds(2));
        client.send(event(1));
        assertThat(client.flush()).isCompleted();
        assertThat(client.metrics().droppedAfterShutdown()).isEqualTo(1);
        assertThat(sink.batches).isEmpty();
    }

    @Test
    void aBacklogIsReplayedOneBatchAfterEachLiveBatchWhileTheGameKeepsTheWorkerBusy() {
        RecordingSink sink = new RecordingSink();
        sink.backlog.set(100);
        sink.gate = new CountDownLatch(1);
        BatchingTelemetryClient client = worker(BatchingOptions.of(1_000, 10, Duration.ofHours(1)),
                new TelemetryCounters(), sink);
        for (int i = 0; i < 10; i++) {
            client.send(event(i));
        }
        Await.until(WAIT, () -> sink.delivering.get() == 1, () -> "the first batch never left");
        for (int i = 10; i < 50; i++) {
            client.send(event(i)); // four full batches queue up behind it: the worker never idles
        }
        sink.gate.countDown();

        Await.until(WAIT, () -> sink.batches.size() == 5, () -> sink.order.toString());
        assertThat(sink.order.subList(0, 10)).containsExactly("live", "replay", "live", "replay", "live", "replay",
                "live", "replay", "live", "replay");
        client.close(Duration.ofSeconds(2));
    }

    @Test
    void closeSendsWhatIsQueuedThenReplaysWithinItsNetworkDeadlineThenClosesTheSink() {
        RecordingSink sink = new RecordingSink();
        BatchingTelemetryClient client = worker(BatchingOptions.of(1_000, 100, Duration.ofHours(1)),
                new TelemetryCounters(), sink);
        for (int i = 0; i < 5; i++) {
            client.send(event(i));
        }

        client.close(Duration.ofSeconds(2));

        assertThat(sink.order).containsExactly("live", "replay at close", "close");
        // a quarter of the deadline (at most 500 ms) stays for the spool's fsync after the network
        assertThat(sink.closeReplayDeadlines.get(0)).isBetween(Duration.ofMillis(1_000), Duration.ofMillis(1_500));
    }

    @Test
    void closeWithoutADeadlineTakesTheConfiguredCloseTimeout() {
        RecordingSink sink = new RecordingSink();
        BatchingTelemetryClient client = worker(
                new BatchingOptions(1_000, 100, Duration.ofHours(1), Duration.ofSeconds(3)), new TelemetryCounters(),
                sink);

        client.close();

        assertThat(sink.closeReplayDeadlines.get(0)).isBetween(Duration.ofMillis(2_000), Duration.ofMillis(2_500));
    }

    @Test
    void closeDrainsEverythingQueuedAndLaterSendsAreCountedAsAfterShutdown() throws InterruptedException {
        RecordingSink sink = new RecordingSink();
        TelemetryCounters counters = new TelemetryCounters();
        BatchingTelemetryClient client = worker(BatchingOptions.of(1_000, 100, Duration.ofHours(1)), counters, sink);
        for (int i = 0; i < 250; i++) {
            client.send(event(i));
        }
        client.close(Duration.ofSeconds(5));
        int delivered = 0;
        for (List<SequencedEvent> batch = sink.batches.poll(); batch != null; batch = sink.batches.poll()) {
            delivered += batch.size();
        }
        assertThat(delivered).isEqualTo(250);
        client.send(event(251));
        client.send(null); // never throws
        TelemetryMetrics metrics = client.metrics();
        assertThat(metrics.emitted()).isEqualTo(251);
        assertThat(metrics.droppedAfterShutdown()).isEqualTo(1);
        assertThat(metrics.queueSize()).isZero();
        assertThat(client.isRunning()).isFalse();
    }

    @Test
    void aFullQueueDropsAndCountsWithoutBlocking() {
        RecordingSink sink = new RecordingSink();
        TelemetryCounters counters = new TelemetryCounters();
        // batch size above capacity and an hour-long interval: nothing leaves the queue until close
        BatchingTelemetryClient client = worker(BatchingOptions.of(50, 1_000, Duration.ofHours(1)), counters, sink);
        for (int i = 0; i < 80; i++) {
            client.send(event(i));
        }
        assertThat(client.metrics().droppedQueueFull()).isEqualTo(30);
        assertThat(client.metrics().queueSize()).isEqualTo(50);
        client.close(Duration.ofSeconds(2));
        assertThat(sink.batches.stream().mapToInt(List::size).sum()).isEqualTo(50);
    }

    @Test
    void everyEventSentWhileClosingIsDeliveredOrCountedAsDropped() throws InterruptedException {
        // Many rounds of senders racing close(): each round must account for every event.
        for (int round = 0; round < 40; round++) {
            RecordingSink sink = new RecordingSink();
            TelemetryCounters counters = new TelemetryCounters();
            BatchingTelemetryClient client = worker(BatchingOptions.of(64, 16, Duration.ofHours(1)), counters, sink);
            java.util.concurrent.atomic.AtomicLong attempted = new java.util.concurrent.atomic.AtomicLong();
            java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);
            List<Thread> senders = new java.util.ArrayList<>();
            for (int t = 0; t < 3; t++) {
                Thread sender = new Thread(() -> {
                    int afterClose = 0;
                    while (afterClose < 200) {
                        client.send(event(1));
                        attempted.incrementAndGet();
                        if (closed.getCount() == 0) {
                            afterClose++;
                        }
                    }
                });
                senders.add(sender);
                sender.start();
            }
            while (attempted.get() < 500) {
                Thread.onSpinWait();
            }
            client.close(Duration.ofSeconds(5));
            closed.countDown();
            for (Thread sender : senders) {
                sender.join(10_000);
            }

            long delivered = sink.batches.stream().mapToLong(List::size).sum();
            TelemetryMetrics metrics = client.metrics();
            assertThat(metrics.emitted()).as("round %d emitted", round).isEqualTo(attempted.get());
            assertThat(delivered + metrics.droppedQueueFull() + metrics.droppedAfterShutdown())
                    .as("round %d: delivered + counted drops", round).isEqualTo(metrics.emitted());
            assertThat(metrics.queueSize()).isZero();
        }
    }
}
