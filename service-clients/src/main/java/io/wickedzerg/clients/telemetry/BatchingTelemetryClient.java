package io.wickedzerg.clients.telemetry;

import io.wickedzerg.clients.http.Deadline;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The game-thread side of telemetry, shared by both destinations: {@link #send} puts the event in a
 * bounded lock-free queue and returns; one worker thread seals batches (by count, by time, on
 * {@link #flush()}, on close) and hands them to a {@link BatchSink}. Like OpenTelemetry's
 * BatchSpanProcessor, the worker is woken only when a full batch is waiting (or the first event of
 * one, so the flush interval counts from it). Batches kept from an outage are replayed in the worker's
 * idle time, one after each live batch the service took (so a busy game still catches up), and at close.
 */
public final class BatchingTelemetryClient implements TelemetryServiceClient {

    private static final Logger LOG = LoggerFactory.getLogger(BatchingTelemetryClient.class);
    private static final Duration MAX_CLOSE_MARGIN = Duration.ofMillis(500);

    private final EventQueue queue;
    private final TelemetryCounters counters;
    private final BatchSink sink;
    private final int batchSize;
    private final long flushIntervalNanos;
    private final Duration closeTimeout;
    private final WorkerClock clock;
    private final Thread worker;

    private final AtomicBoolean closeStarted = new AtomicBoolean();
    private final PendingFlushes flushes = new PendingFlushes();
    private volatile boolean accepting = true;
    private volatile boolean workerParked;
    /**
     * When the queue last went from empty to not empty, read by the sender that did it: the worker
     * counts the flush interval from here, not from when it happened to look.
     */
    private volatile long firstQueuedAt;
    private volatile Deadline networkDeadline = Deadline.none();
    private volatile boolean stopping;
    /** Set before close's last drain; a send that enqueues after it drains (and counts) by itself. */
    private volatile boolean finalDrainStarted;

    BatchingTelemetryClient(BatchingOptions options, TelemetryCounters counters, BatchSink sink,
                            ThreadFactory threadFactory, WorkerClock clock) {
        this.queue = new EventQueue(options.queueCapacity());
        this.batchSize = options.batchSize();
        this.flushIntervalNanos = options.flushInterval().toNanos();
        this.closeTimeout = options.closeTimeout();
        this.counters = Objects.requireNonNull(counters, "counters");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.worker = threadFactory.newThread(this::runWorker);
        this.worker.setDaemon(true);
        this.worker.start();
    }

    @Override
    public void send(TelemetryEvent event) {
        if (event == null) {
            return;
        }
        long seq = counters.emitted.incrementAndGet();
        if (!accepting) {
            counters.droppedAfterShutdown.increment();
            return;
        }
        // one clock read per batch, not per event: only the event that finds the queue empty stamps it
        boolean wasEmpty = queue.size() == 0;
        if (wasEmpty) {
            firstQueuedAt = clock.nanoTime();
        }
        if (!queue.offer(new SequencedEvent(seq, event))) {
            counters.droppedQueueFull.increment();
            return;
        }
        if (finalDrainStarted) {
            // close() drained before this event landed: count it now rather than leave it unseen
            drainAfterShutdown();
            return;
        }
        // an idle worker must start counting the interval now; a busy one only needs a full batch
        if (workerParked && (wasEmpty || queue.size() >= batchSize)) {
            wakeWorker();
        }
    }

    @Override
    public CompletableFuture<Void> flush() {
        CompletableFuture<Void> done = flushes.add();
        if (finalDrainStarted) {
            // the worker is gone: what was queued before this call is counted by the drain
            drainAfterShutdown();
        } else {
            wakeWorker();
        }
        return done;
    }

    private void wakeWorker() {
        workerParked = false;
        clock.wake(worker);
    }

    private void runWorker() {
        List<SequencedEvent> batch = new ArrayList<>(batchSize);
        // no later than the arrival of the oldest queued event; 0 while the worker knows of none
        long oldestQueuedAt = 0;
        try {
            while (true) {
                // flush calls before the queue: their events are then surely in what this pass drains
                List<CompletableFuture<Void>> flushing = flushes.take();
                boolean flushNow = !flushing.isEmpty();
                int size = queue.size();
                boolean closing = stopping;
                long now = clock.nanoTime();
                if (size == 0) {
                    oldestQueuedAt = 0;
                } else if (oldestQueuedAt == 0) {
                    oldestQueuedAt = firstQueuedAt;
                }
                boolean timeUp = size > 0 && now - oldestQueuedAt >= flushIntervalNanos;
                if (size >= batchSize || size > 0 && (flushNow || closing || timeUp)) {
                    // a flush seals everything queued, not just one batch
                    do {
                        batch.clear();
                        queue.drainTo(batch, batchSize);
                        // what is left came after the batch's oldest event: keeping that time seals it early,
                        // never late; an empty queue starts over from the next event's own time
                        if (queue.size() == 0) {
                            oldestQueuedAt = 0;
                        }
                        if (deliver(batch)) {
                            // the backlog's share: at most one replayed batch per live batch the service took
                            sink.replayOne(networkDeadline);
                        }
                    } while ((flushNow || closing) && queue.size() > 0);
                    PendingFlushes.complete(flushing);
                    continue;
                }
                PendingFlushes.complete(flushing); // nothing was queued
                if (closing) {
                    sink.replayAtClose(networkDeadline);
                    return;
                }
                if (sink.idleWork()) {
                    continue;
                }
                // idle, the wait only paces the sink's background work: a first event wakes the worker
                long waitNanos = size > 0 ? oldestQueuedAt + flushIntervalNanos - now : flushIntervalNanos;
                workerParked = true;
                if (flushes.isEmpty() && !stopping && queue.size() < batchSize
                        && (size > 0 || queue.size() == 0)) {
                    clock.parkNanos(Math.max(1, waitNanos));
                }
                workerParked = false;
            }
        } catch (RuntimeException | Error unexpected) {
            LOG.error("telemetry worker stopped by an unexpected error; events still queued are counted as "
                    + "dropped after shutdown", unexpected);
        } finally {
            sink.close();
            // also after an unexpected error: later sends are then counted, and no flush waits forever
            accepting = false;
            drainAfterShutdown();
        }
    }

    private boolean deliver(List<SequencedEvent> batch) {
        if (batch.isEmpty()) {
            return false;
        }
        try {
            return sink.deliver(batch, networkDeadline);
        } catch (RuntimeException unexpected) {
            // a sink must not throw; if one does, the events are not silently gone: they are counted
            counters.lostToDiskErrors.add(batch.size());
            LOG.error("telemetry sink failed on a batch of {} events", batch.size(), unexpected);
            return false;
        }
    }

    /** {@link #close(Duration)} within {@code close_timeout}. */
    @Override
    public void close() {
        close(closeTimeout);
    }

    /**
     * Stops accepting, sends what is queued and replays the spool (oldest first, same batch ids) while
     * the service answers, until shortly before the deadline; then spools the rest without the network
     * and returns. The last part of the deadline (a quarter, at most 500 ms) is kept for the spool's fsync.
     */
    @Override
    public void close(Duration deadline) {
        Objects.requireNonNull(deadline, "deadline");
        Deadline end = Deadline.after(deadline);
        if (closeStarted.compareAndSet(false, true)) {
            Duration margin = deadline.dividedBy(4).compareTo(MAX_CLOSE_MARGIN) < 0
                    ? deadline.dividedBy(4) : MAX_CLOSE_MARGIN;
            networkDeadline = Deadline.after(deadline.minus(margin));
            accepting = false;
            stopping = true;
            wakeWorker();
            join(networkDeadline);
            if (worker.isAlive()) {
                sink.abort();
            }
        }
        join(end);
        if (!worker.isAlive()) {
            drainAfterShutdown();
        } else {
            LOG.warn("telemetry worker still finishing after the close deadline of {}", deadline);
        }
    }

    private void join(Deadline until) {
        try {
            long millis = Math.max(1, until.remaining().toMillis());
            worker.join(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void drainAfterShutdown() {
        // events a racing send enqueued after the worker's last look; the flag is written before the
        // queue is read, so a send either sees the flag or its event is seen by this drain
        finalDrainStarted = true;
        List<SequencedEvent> leftovers = new ArrayList<>();
        while (queue.drainTo(leftovers, Integer.MAX_VALUE) > 0) {
            counters.droppedAfterShutdown.add(leftovers.size());
            leftovers.clear();
        }
        flushes.completeAll();
    }

    @Override
    public TelemetryMetrics metrics() {
        return counters.snapshot(sink.breakerState(), queue.size());
    }

    @Override
    public String describeDestination() {
        return sink.describeDestination();
    }

    /** The files local mode has written so far (one per game); empty when telemetry goes to the service. */
    public List<java.nio.file.Path> localFiles() {
        return sink.files();
    }

    /** True until {@link #close} has let the worker finish. */
    public boolean isRunning() {
        return worker.isAlive();
    }
}
