package io.wickedzerg.clients.telemetry;

import io.wickedzerg.clients.http.Deadline;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The game-thread side of telemetry, shared by both destinations: {@link #send} puts the event in a
 * bounded lock-free queue and returns; one worker thread seals batches (by count, by time, on
 * {@link #flush()}, on close) and hands them to a {@link BatchSink}. Like OpenTelemetry's
 * BatchSpanProcessor, the worker is woken only when a full batch is waiting.
 */
public final class BatchingTelemetryClient implements TelemetryServiceClient {

    private static final Logger LOG = LoggerFactory.getLogger(BatchingTelemetryClient.class);
    private static final Duration MAX_CLOSE_MARGIN = Duration.ofMillis(500);

    private final EventQueue queue;
    private final TelemetryCounters counters;
    private final BatchSink sink;
    private final int batchSize;
    private final long flushIntervalNanos;
    private final Thread worker;

    private final AtomicBoolean closeStarted = new AtomicBoolean();
    private final AtomicBoolean flushRequested = new AtomicBoolean();
    private volatile boolean accepting = true;
    private volatile boolean workerParked;
    private volatile Deadline networkDeadline = Deadline.none();
    private volatile boolean stopping;
    /** Set before close's last drain; a send that enqueues after it drains (and counts) by itself. */
    private volatile boolean finalDrainStarted;

    BatchingTelemetryClient(int queueCapacity, int batchSize, Duration flushInterval, TelemetryCounters counters,
                            BatchSink sink, ThreadFactory threadFactory) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch_size: must be >= 1, was " + batchSize);
        }
        this.queue = new EventQueue(queueCapacity);
        this.batchSize = batchSize;
        this.flushIntervalNanos = Objects.requireNonNull(flushInterval, "flushInterval").toNanos();
        this.counters = Objects.requireNonNull(counters, "counters");
        this.sink = Objects.requireNonNull(sink, "sink");
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
        if (!queue.offer(new SequencedEvent(seq, event))) {
            counters.droppedQueueFull.increment();
            return;
        }
        if (finalDrainStarted) {
            // close() drained before this event landed: count it now rather than leave it unseen
            drainAfterShutdown();
            return;
        }
        if (workerParked && queue.size() >= batchSize) {
            wakeWorker();
        }
    }

    @Override
    public void flush() {
        flushRequested.set(true);
        wakeWorker();
    }

    private void wakeWorker() {
        workerParked = false;
        LockSupport.unpark(worker);
    }

    private void runWorker() {
        List<SequencedEvent> batch = new ArrayList<>(batchSize);
        long oldestWaitingSince = 0;
        try {
            while (true) {
                int size = queue.size();
                boolean closing = stopping;
                boolean flushNow = flushRequested.getAndSet(false);
                long now = System.nanoTime();
                if (size > 0 && oldestWaitingSince == 0) {
                    oldestWaitingSince = now;
                }
                boolean timeUp = size > 0 && now - oldestWaitingSince >= flushIntervalNanos;
                if (size >= batchSize || size > 0 && (flushNow || closing || timeUp)) {
                    // a flush seals everything queued, not just one batch
                    do {
                        batch.clear();
                        queue.drainTo(batch, batchSize);
                        deliver(batch);
                    } while ((flushNow || closing) && queue.size() > 0);
                    oldestWaitingSince = 0;
                    continue;
                }
                if (closing) {
                    return;
                }
                if (sink.idleWork()) {
                    continue;
                }
                long waitNanos = size > 0 ? oldestWaitingSince + flushIntervalNanos - now : flushIntervalNanos;
                workerParked = true;
                if (!flushRequested.get() && !stopping && queue.size() < batchSize) {
                    LockSupport.parkNanos(this, Math.max(1, waitNanos));
                }
                workerParked = false;
            }
        } catch (RuntimeException | Error unexpected) {
            LOG.error("telemetry worker stopped by an unexpected error; events still queued are counted as "
                    + "dropped after shutdown", unexpected);
        } finally {
            sink.close();
        }
    }

    private void deliver(List<SequencedEvent> batch) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            sink.deliver(batch, networkDeadline);
        } catch (RuntimeException unexpected) {
            // a sink must not throw; if one does, the events are not silently gone: they are counted
            counters.lostToDiskErrors.add(batch.size());
            LOG.error("telemetry sink failed on a batch of {} events", batch.size(), unexpected);
        }
    }

    /**
     * Stops accepting, sends what is queued until shortly before the deadline, then spools the rest
     * without the network and returns; the last part of the deadline is kept for the spool's fsync.
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
