package io.wickedzerg.clients.telemetry;

import io.wickedzerg.clients.http.Deadline;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/** Hands every batch to the test as it is sealed, and plays a backlog of kept batches to replay. */
final class RecordingSink implements BatchSink {
    final BlockingQueue<List<SequencedEvent>> batches = new LinkedBlockingQueue<>();
    final List<String> calls = new CopyOnWriteArrayList<>();
    /** "live", "replay", "replay at close", "close", in the order the worker asked. */
    final List<String> order = new CopyOnWriteArrayList<>();
    final AtomicInteger delivering = new AtomicInteger();
    /** Kept batches waiting to be replayed. */
    final AtomicInteger backlog = new AtomicInteger();
    final List<Duration> closeReplayDeadlines = new CopyOnWriteArrayList<>();
    /** When set, a delivery waits for it: the test decides when the sink is done. */
    volatile CountDownLatch gate;

    @Override
    public boolean deliver(List<SequencedEvent> events, Deadline deadline) {
        delivering.incrementAndGet();
        CountDownLatch wait = gate;
        if (wait != null) {
            try {
                wait.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        batches.add(List.copyOf(events));
        order.add("live");
        return true;
    }

    @Override
    public boolean replayOne(Deadline deadline) {
        if (backlog.getAndUpdate(n -> Math.max(0, n - 1)) == 0) {
            return false;
        }
        order.add("replay");
        return true;
    }

    @Override
    public void replayAtClose(Deadline deadline) {
        closeReplayDeadlines.add(deadline.remaining());
        order.add("replay at close");
    }

    @Override
    public boolean idleWork() {
        return false;
    }

    @Override
    public void abort() {
        calls.add("abort");
    }

    @Override
    public void close() {
        calls.add("close");
        order.add("close");
    }

    @Override
    public String breakerState() {
        return "TEST";
    }

    @Override
    public String describeDestination() {
        return "test";
    }
}
