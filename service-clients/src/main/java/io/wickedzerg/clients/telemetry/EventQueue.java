package io.wickedzerg.clients.telemetry;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounded, lock-free multi-producer queue between the game thread and the worker. The bound is a
 * counter reserved before the insert, so an offer never blocks and never waits for the consumer.
 */
final class EventQueue {

    private final ConcurrentLinkedQueue<SequencedEvent> items = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final int capacity;

    EventQueue(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("queue_capacity: must be >= 1, was " + capacity);
        }
        this.capacity = capacity;
    }

    /** False when full; the caller counts the drop. */
    boolean offer(SequencedEvent event) {
        if (size.incrementAndGet() > capacity) {
            size.decrementAndGet();
            return false;
        }
        items.offer(event);
        return true;
    }

    /** Moves up to {@code max} events into {@code into}; returns how many. */
    int drainTo(List<SequencedEvent> into, int max) {
        int moved = 0;
        while (moved < max) {
            SequencedEvent event = items.poll();
            if (event == null) {
                break;
            }
            size.decrementAndGet();
            into.add(event);
            moved++;
        }
        return moved;
    }

    int size() {
        return Math.max(0, size.get());
    }

    int capacity() {
        return capacity;
    }
}
