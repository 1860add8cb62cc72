package io.wickedzerg.clients.telemetry;

import io.wickedzerg.clients.http.Deadline;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/** Hands every batch to the test as it is sealed. */
final class RecordingSink implements BatchSink {
    final BlockingQueue<List<SequencedEvent>> batches = new LinkedBlockingQueue<>();
    final List<String> calls = new CopyOnWriteArrayList<>();
    final AtomicInteger delivering = new AtomicInteger();
    /** When set, a delivery waits for it: the test decides when the sink is done. */
    volatile CountDownLatch gate;

    @Override
    public void deliver(List<SequencedEvent> events, Deadline deadline) {
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
