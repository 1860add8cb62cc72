package io.wickedzerg.clients.telemetry;

import io.wickedzerg.clients.http.Deadline;
import io.wickedzerg.clients.http.Outcome;
import io.wickedzerg.clients.http.ResilientSender;
import io.wickedzerg.clients.spool.DeadLetterFile;
import io.wickedzerg.clients.spool.Spool;
import io.wickedzerg.clients.spool.SpoolFrame;
import io.wickedzerg.clients.spool.SpoolOptions;
import io.wickedzerg.clients.spool.SpoolReplayer;
import io.wickedzerg.clients.spool.SpoolStats;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends sealed batches to {@code POST /api/telemetry}; what cannot be sent now goes to the spool and
 * is replayed, oldest first with the same batch ids, once the breaker lets calls through: in idle
 * time, one after each live batch the service took, and at close until its deadline.
 * A disk that refuses the spool costs nothing to the caller: the batches wait in memory (bounded)
 * and the spool is opened again later.
 */
final class HttpBatchSink implements BatchSink {

    private static final Logger LOG = LoggerFactory.getLogger(HttpBatchSink.class);
    private static final MediaType JSON = MediaType.get("application/json");
    private static final Duration SPOOL_REOPEN_INTERVAL = Duration.ofSeconds(5);

    private final HttpUrl endpoint;
    private final ResilientSender sender;
    private final TelemetryBatchEncoder encoder;
    private final TelemetryCounters counters;
    private final SpoolOptions spoolOptions;
    private final DeadLetterFile deadLetters;
    private final Clock clock;
    private final int maxHeldBatches;
    private final Runnable releaseHttp;

    /** Batches the spool could not take (disk errors), oldest first. */
    private final Deque<SpoolFrame> held = new ArrayDeque<>();
    private Spool spool;
    private SpoolReplayer replayer;
    private Instant nextSpoolOpen = Instant.MIN;
    private long spoolCorruptSeen;
    private long spoolEvictedSeen;

    HttpBatchSink(URI serviceUrl, ResilientSender sender, TelemetryBatchEncoder encoder, TelemetryCounters counters,
                  SpoolOptions spoolOptions, DeadLetterFile deadLetters, Clock clock, int maxHeldBatches,
                  Runnable releaseHttp) {
        this.endpoint = HttpUrl.get(serviceUrl.toString() + "/api/telemetry");
        this.sender = sender;
        this.encoder = encoder;
        this.counters = counters;
        this.spoolOptions = spoolOptions;
        this.deadLetters = deadLetters;
        this.clock = clock;
        this.maxHeldBatches = maxHeldBatches;
        this.releaseHttp = releaseHttp;
        openSpool();
    }

    @Override
    public boolean deliver(List<SequencedEvent> events, Deadline deadline) {
        boolean allTaken = true;
        for (EncodedBatch batch : encoder.encode(events)) {
            SpoolFrame frame = new SpoolFrame(batch.batchId(), batch.events(), batch.gzippedBody());
            Outcome outcome = sender.send(request(frame), deadline);
            if (outcome instanceof Outcome.Delivered) {
                counters.delivered.add(frame.records());
            } else if (outcome instanceof Outcome.Rejected rejected) {
                deadLetter(frame, rejected);
            } else {
                keep(frame);
                allTaken = false;
            }
        }
        return allTaken;
    }

    @Override
    public boolean idleWork() {
        boolean replayed = replayOne(Deadline.none());
        if (!replayed) {
            syncSpool();
        }
        return replayed;
    }

    @Override
    public boolean replayOne(Deadline deadline) {
        if (!sender.breaker().wouldAllow()) {
            return false;
        }
        try {
            if (!held.isEmpty()) {
                return replay(held.peekFirst(), deadline, held::pollFirst);
            }
            Spool open = openSpool();
            if (open == null) {
                return false;
            }
            Optional<SpoolFrame> next = replayer.peek();
            if (next.isEmpty() && open.hasUnsealedFrames()) {
                // the service is back: what this process spooled becomes replayable
                open.roll();
                next = replayer.peek();
            }
            publishSpoolStats();
            if (next.isEmpty()) {
                return false;
            }
            boolean replayed = replay(next.get(), deadline, this::acknowledgeSpooled);
            publishSpoolStats();
            return replayed;
        } catch (IOException disk) {
            spoolFailed("replay", disk);
            return false;
        }
    }

    /**
     * One more full try (the retry policy, not the breaker's open time, decides) for each kept batch,
     * until none is left, the deadline passes, or the breaker opens again: refused connections, or
     * three batches in a row that failed every retry, mean the service is not answering.
     */
    @Override
    public void replayAtClose(Deadline deadline) {
        sender.breaker().reset();
        try {
            while (!deadline.hasPassed() && hasBacklog()) {
                if (!replayOne(deadline) && !sender.breaker().wouldAllow()) {
                    return;
                }
            }
        } catch (IOException disk) {
            spoolFailed("replay", disk);
        }
    }

    private boolean hasBacklog() throws IOException {
        return !held.isEmpty() || spool != null && !spool.isEmpty();
    }

    /** Sends one kept frame; when the service took it (or refused it for good), {@code done} forgets it. */
    private boolean replay(SpoolFrame frame, Deadline deadline, IoAction done) throws IOException {
        Outcome outcome = sender.send(request(frame), deadline);
        if (outcome instanceof Outcome.Unavailable) {
            return false;
        }
        if (outcome instanceof Outcome.Rejected rejected) {
            deadLetter(frame, rejected);
        } else {
            counters.delivered.add(frame.records());
            counters.replayed.add(frame.records());
        }
        done.run();
        return true;
    }

    private void acknowledgeSpooled() throws IOException {
        replayer.acknowledge();
    }

    /** A step that may fail on the disk. */
    @FunctionalInterface
    private interface IoAction {
        void run() throws IOException;
    }

    private Request request(SpoolFrame frame) {
        return new Request.Builder()
                .url(endpoint)
                .header("Idempotency-Key", frame.batchId())
                .header("Content-Encoding", "gzip")
                .post(RequestBody.create(frame.payload(), JSON))
                .build();
    }

    private void keep(SpoolFrame frame) {
        Spool open = openSpool();
        if (open != null && held.isEmpty()) {
            try {
                open.append(frame);
                counters.spooled.add(frame.records());
                publishSpoolStats();
                return;
            } catch (IOException disk) {
                spoolFailed("append", disk);
            }
        }
        hold(frame);
    }

    private void hold(SpoolFrame frame) {
        held.addLast(frame);
        while (held.size() > maxHeldBatches) {
            SpoolFrame lost = held.pollFirst();
            counters.lostToDiskErrors.add(lost.records());
            LOG.warn("telemetry spool unavailable and {} batches held in memory: dropped {} ({} events)",
                    maxHeldBatches, lost.batchId(), lost.records());
        }
        // the spool may be writable again: move what is held there, oldest first
        Spool open = openSpool();
        while (open != null && !held.isEmpty()) {
            try {
                open.append(held.peekFirst());
                counters.spooled.add(held.pollFirst().records());
            } catch (IOException disk) {
                spoolFailed("append", disk);
                return;
            }
        }
    }

    private void deadLetter(SpoolFrame frame, Outcome.Rejected rejected) {
        counters.deadLettered.add(frame.records());
        LOG.warn("telemetry batch {} refused with HTTP {} ({} events): dead-lettered to {}", frame.batchId(),
                rejected.code(), frame.records(), deadLetters.path());
        try {
            if (!deadLetters.append(frame.batchId(), rejected.code(), rejected.reason(), frame.records(),
                    gunzip(frame.payload()))) {
                counters.deadLetterDropped.add(frame.records());
            }
        } catch (IOException disk) {
            LOG.error("could not write the dead-letter file {}: batch {} is only in this log", deadLetters.path(),
                    frame.batchId(), disk);
        }
    }

    private Spool openSpool() {
        if (spool != null) {
            return spool;
        }
        Instant now = clock.instant();
        if (now.isBefore(nextSpoolOpen)) {
            return null;
        }
        try {
            spool = Spool.open(spoolOptions);
            replayer = new SpoolReplayer(spool);
            publishSpoolStats();
            return spool;
        } catch (IOException | RuntimeException disk) {
            nextSpoolOpen = now.plus(SPOOL_REOPEN_INTERVAL);
            LOG.warn("telemetry spool {} cannot be opened ({}); holding batches in memory", spoolOptions.dir(),
                    disk.toString());
            return null;
        }
    }

    private void spoolFailed(String what, IOException disk) {
        LOG.warn("telemetry spool {} failed on {} ({}); will reopen it", spoolOptions.dir(), what, disk.toString());
        closeSpoolQuietly();
        nextSpoolOpen = clock.instant().plus(SPOOL_REOPEN_INTERVAL);
    }

    private void syncSpool() {
        if (spool != null) {
            try {
                spool.syncIfDue();
            } catch (IOException disk) {
                spoolFailed("fsync", disk);
            }
        }
    }

    private void publishSpoolStats() {
        if (spool == null) {
            return;
        }
        SpoolStats stats = spool.stats();
        counters.corruptFrames.add(stats.corruptFrames() - spoolCorruptSeen);
        counters.evicted.add(stats.evictedRecords() - spoolEvictedSeen);
        spoolCorruptSeen = stats.corruptFrames();
        spoolEvictedSeen = stats.evictedRecords();
    }

    @Override
    public void abort() {
        sender.abort();
    }

    @Override
    public void close() {
        // whatever could not reach the disk is lost now, and counted
        if (!held.isEmpty()) {
            Spool open = openSpool();
            while (!held.isEmpty()) {
                SpoolFrame frame = held.pollFirst();
                try {
                    if (open == null) {
                        throw new IOException("spool not open");
                    }
                    open.append(frame);
                    counters.spooled.add(frame.records());
                } catch (IOException disk) {
                    counters.lostToDiskErrors.add(frame.records());
                }
            }
        }
        publishSpoolStats();
        closeSpoolQuietly();
        releaseHttp.run();
    }

    private void closeSpoolQuietly() {
        if (spool != null) {
            try {
                publishSpoolStats();
                spool.close();
            } catch (IOException disk) {
                LOG.warn("telemetry spool {} did not close cleanly: {}", spoolOptions.dir(), disk.toString());
            }
        }
        spool = null;
        replayer = null;
        spoolCorruptSeen = 0;
        spoolEvictedSeen = 0;
    }

    @Override
    public String breakerState() {
        return sender.breaker().state().name();
    }

    @Override
    public String describeDestination() {
        return "POST " + endpoint + " (spool: " + spoolOptions.dir() + ")";
    }

    private static byte[] gunzip(byte[] gzipped) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        } catch (IOException notGzip) {
            return ("<undecodable body of " + gzipped.length + " bytes>").getBytes(StandardCharsets.UTF_8);
        }
    }
}
