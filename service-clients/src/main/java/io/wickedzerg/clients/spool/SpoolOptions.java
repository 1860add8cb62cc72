package io.wickedzerg.clients.spool;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How one spool stream behaves.
 *
 * @param dir             the stream's folder (one stream per folder)
 * @param segmentMaxBytes a segment is sealed once it reaches this size
 * @param maxBytes        size cap of the stream; beyond it the oldest sealed segment is evicted (if evictable)
 * @param evictable       false for streams that must never lose data (game results)
 * @param fsyncInterval   longest time an appended frame waits for fsync; zero = fsync every append
 * @param clock           decides when the fsync interval has passed
 */
public record SpoolOptions(Path dir, long segmentMaxBytes, long maxBytes, boolean evictable,
                           Duration fsyncInterval, Clock clock) {

    public static final long DEFAULT_SEGMENT_BYTES = 4L * 1024 * 1024;
    public static final Duration DEFAULT_FSYNC_INTERVAL = Duration.ofSeconds(1);

    public SpoolOptions {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(fsyncInterval, "fsyncInterval");
        Objects.requireNonNull(clock, "clock");
        if (segmentMaxBytes <= 0) {
            throw new IllegalArgumentException("segmentMaxBytes: must be > 0, was " + segmentMaxBytes);
        }
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes: must be > 0, was " + maxBytes);
        }
        if (fsyncInterval.isNegative()) {
            throw new IllegalArgumentException("fsyncInterval: must be >= 0, was " + fsyncInterval);
        }
    }

    /** A telemetry stream: capped, oldest evicted; segments a quarter of the cap at most so eviction is gradual. */
    public static SpoolOptions telemetry(Path dir, long maxBytes, Clock clock) {
        return new SpoolOptions(dir, Math.max(1, Math.min(DEFAULT_SEGMENT_BYTES, maxBytes / 4)), maxBytes, true,
                DEFAULT_FSYNC_INTERVAL, clock);
    }

    /** A results stream: every append on disk before it returns, never evicted. */
    public static SpoolOptions results(Path dir, Clock clock) {
        return new SpoolOptions(dir, DEFAULT_SEGMENT_BYTES, Long.MAX_VALUE, false, Duration.ZERO, clock);
    }

    public SpoolOptions withSegmentMaxBytes(long bytes) {
        return new SpoolOptions(dir, bytes, maxBytes, evictable, fsyncInterval, clock);
    }

    public SpoolOptions withFsyncInterval(Duration interval) {
        return new SpoolOptions(dir, segmentMaxBytes, maxBytes, evictable, interval, clock);
    }
}
