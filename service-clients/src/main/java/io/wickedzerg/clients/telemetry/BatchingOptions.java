package io.wickedzerg.clients.telemetry;

import io.wickedzerg.config.HybridConfig;
import java.time.Duration;
import java.util.Objects;

/**
 * How the worker batches and how long it may take to close.
 *
 * @param queueCapacity events held in memory; beyond it {@code send()} drops and counts
 * @param batchSize     events per batch
 * @param flushInterval longest time an event waits before its batch is sealed
 * @param closeTimeout  what {@code close()} without a deadline may spend sending and replaying
 */
record BatchingOptions(int queueCapacity, int batchSize, Duration flushInterval, Duration closeTimeout) {

    BatchingOptions {
        if (queueCapacity < 1) {
            throw new IllegalArgumentException("queue_capacity: must be >= 1, was " + queueCapacity);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch_size: must be >= 1, was " + batchSize);
        }
        Objects.requireNonNull(flushInterval, "flushInterval");
        Objects.requireNonNull(closeTimeout, "closeTimeout");
    }

    static BatchingOptions from(HybridConfig config) {
        return new BatchingOptions(config.queueCapacity(), config.batchSize(), config.flushInterval(),
                config.closeTimeout());
    }

    /** Tests: a close deadline that never matters. */
    static BatchingOptions of(int queueCapacity, int batchSize, Duration flushInterval) {
        return new BatchingOptions(queueCapacity, batchSize, flushInterval, Duration.ofSeconds(5));
    }
}
