package io.wickedzerg.clients.learning;

import io.wickedzerg.clients.http.Deadline;
import io.wickedzerg.clients.http.Outcome;
import io.wickedzerg.clients.http.ResilientSender;
import io.wickedzerg.clients.spool.DeadLetterFile;
import io.wickedzerg.clients.spool.Spool;
import io.wickedzerg.clients.spool.SpoolFrame;
import io.wickedzerg.clients.spool.SpoolOptions;
import io.wickedzerg.clients.spool.SpoolReplayer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The learning service over HTTP. A game result is appended (and fsynced) to the results spool
 * before {@link #sendTrainingData} returns; a background thread then sends it to
 * {@code POST /api/training} (idempotent on run id + game id) and deletes it only once acknowledged.
 * The results spool is never evicted. {@link #fetchLatestModel()} asks {@code GET /api/model/latest}
 * with the cached version as {@code If-None-Match} and falls back to the cached model file.
 */
public final class HttpLearningClient implements LearningServiceClient {

    private static final Logger LOG = LoggerFactory.getLogger(HttpLearningClient.class);
    private static final MediaType JSON = MediaType.get("application/json");

    private final HttpUrl trainingUrl;
    private final HttpUrl modelUrl;
    private final ResilientSender resultsSender;
    private final ResilientSender modelSender;
    private final Spool spool;
    private final SpoolReplayer replayer;
    private final DeadLetterFile deadLetters;
    private final ModelCache modelCache;
    private final TrainingJson json = new TrainingJson();
    private final String instanceId;
    private final Duration modelFetchTimeout;
    private final Duration retryInterval;
    private final Duration closeTimeout;
    private final Runnable releaseHttp;

    private final BlockingQueue<Boolean> wake = new ArrayBlockingQueue<>(1);
    /** Guards {@link #failedRounds}; notified as results are delivered and as the sender ends a round. */
    private final Object progress = new Object();
    /** Rounds the sender ended with results it could not deliver now (the service unavailable). */
    private long failedRounds;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread sender;

    private final AtomicLong written = new AtomicLong();
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong deadLettered = new AtomicLong();
    private final AtomicLong deadLetterDropped = new AtomicLong();
    private final AtomicLong fetched = new AtomicLong();
    private final AtomicLong notChanged = new AtomicLong();
    private final AtomicLong fromCache = new AtomicLong();

    HttpLearningClient(LearningEndpoints endpoints, ResilientSender resultsSender, ResilientSender modelSender,
                       SpoolOptions resultsSpool, DeadLetterFile deadLetters, ModelCache modelCache, String instanceId,
                       Duration modelFetchTimeout, Duration retryInterval, Duration closeTimeout,
                       ThreadFactory threads, Runnable releaseHttp) throws IOException {
        this.trainingUrl = endpoints.training();
        this.modelUrl = endpoints.model();
        this.resultsSender = resultsSender;
        this.modelSender = modelSender;
        this.spool = Spool.open(resultsSpool);
        this.replayer = new SpoolReplayer(spool);
        this.deadLetters = deadLetters;
        this.modelCache = modelCache;
        this.instanceId = instanceId;
        this.modelFetchTimeout = modelFetchTimeout;
        this.retryInterval = retryInterval;
        this.closeTimeout = closeTimeout;
        this.releaseHttp = releaseHttp;
        this.pending.set(countPending());
        this.sender = threads.newThread(this::runSender);
        this.sender.setDaemon(true);
        this.sender.start();
        wake.offer(Boolean.TRUE); // results an earlier run left behind go first
    }

    /**
     * Durable first: returns once the result is fsynced in the results spool (a disk error is thrown
     * here, since a result must not be lost quietly); delivery happens in the background.
     */
    @Override
    public void sendTrainingData(GameResult result) {
        Objects.requireNonNull(result, "result");
        if (closed.get()) {
            throw new IllegalStateException("learning client is closed; result " + result.gameId() + " not recorded");
        }
        byte[] body = json.result(result, instanceId);
        SpoolFrame frame = new SpoolFrame(result.runId() + ":" + result.gameId(), 1, body);
        synchronized (spool) {
            try {
                spool.append(frame);
            } catch (IOException disk) {
                throw new UncheckedIOException("cannot record game result " + result.gameId() + " in "
                        + spool.dir(), disk);
            }
        }
        written.incrementAndGet();
        pending.incrementAndGet();
        wake.offer(Boolean.TRUE);
    }

    private void runSender() {
        while (true) {
            boolean allSent = deliverPending();
            signalProgress(allSent ? Round.ALL_SENT : Round.NOT_NOW);
            if (closed.get()) {
                return;
            }
            try {
                // idle until the next result; after a failure, try again after the retry interval
                wake.poll(allSent ? Long.MAX_VALUE : retryInterval.toNanos(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Sends spooled results oldest first; true when none is left. */
    private boolean deliverPending() {
        while (true) {
            SpoolFrame next;
            synchronized (spool) {
                try {
                    Optional<SpoolFrame> peeked = replayer.peek();
                    if (peeked.isEmpty() && spool.hasUnsealedFrames()) {
                        spool.roll();
                        peeked = replayer.peek();
                    }
                    if (peeked.isEmpty()) {
                        return true;
                    }
                    next = peeked.get();
                } catch (IOException disk) {
                    LOG.warn("results spool {} unreadable: {}", spool.dir(), disk.toString());
                    return false;
                }
            }
            Outcome outcome = resultsSender.send(request(next), Deadline.none());
            if (outcome instanceof Outcome.Unavailable unavailable) {
                LOG.info("learning service unavailable ({}); result {} stays in {}", unavailable.reason(),
                        next.batchId(), spool.dir());
                return false;
            }
            if (outcome instanceof Outcome.Rejected rejected) {
                deadLetter(next, rejected);
            } else {
                delivered.incrementAndGet();
            }
            synchronized (spool) {
                try {
                    replayer.acknowledge();
                    pending.decrementAndGet();
                    signalProgress(Round.GOING_ON);
                } catch (IOException disk) {
                    LOG.warn("results spool {}: could not delete a delivered segment: {}", spool.dir(), disk.toString());
                    return false;
                }
            }
        }
    }

    private Request request(SpoolFrame frame) {
        return new Request.Builder().url(trainingUrl)
                .header("Idempotency-Key", frame.batchId())
                .post(RequestBody.create(frame.payload(), JSON))
                .build();
    }

    private void deadLetter(SpoolFrame frame, Outcome.Rejected rejected) {
        deadLettered.incrementAndGet();
        LOG.warn("learning service refused result {} with HTTP {}; kept in {}", frame.batchId(), rejected.code(),
                deadLetters.path());
        try {
            if (!deadLetters.append(frame.batchId(), rejected.code(), rejected.reason(), 1, frame.payload())) {
                deadLetterDropped.incrementAndGet();
                LOG.error("dead-letter file {} is full; result {} is only in this log: {}", deadLetters.path(),
                        frame.batchId(), new String(frame.payload(), java.nio.charset.StandardCharsets.UTF_8));
            }
        } catch (IOException disk) {
            LOG.error("could not write dead-letter file {}; result {} is only in this log: {}", deadLetters.path(),
                    frame.batchId(), new String(frame.payload(), java.nio.charset.StandardCharsets.UTF_8), disk);
        }
    }

    /** Where the sender is when it signals progress. */
    private enum Round { GOING_ON, ALL_SENT, NOT_NOW }

    /** Wakes {@link #awaitDelivery}: a result was delivered, or the sender ended a round. */
    private void signalProgress(Round round) {
        synchronized (progress) {
            if (round == Round.NOT_NOW) {
                failedRounds++;
            }
            progress.notifyAll();
        }
    }

    /**
     * Gives the results written so far until {@code timeout} to reach the service, so that the model asked for next
     * has learned from them: a game started right after the last one ended would otherwise be served the
     * candidate that game just played. Returns early when the sender has tried and could not deliver (the model
     * is then most likely unavailable too).
     */
    private void awaitDelivery(Duration timeout) {
        if (pending.get() == 0) {
            return;
        }
        long end = System.nanoTime() + timeout.toNanos();
        synchronized (progress) {
            long failedBefore = failedRounds;
            wake.offer(Boolean.TRUE);
            try {
                while (pending.get() > 0 && failedRounds == failedBefore && !closed.get()) {
                    long left = end - System.nanoTime();
                    if (left <= 0) {
                        return;
                    }
                    TimeUnit.NANOSECONDS.timedWait(progress, left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The model after this client's pending results (given until the fetch timeout to arrive, see awaitDelivery). */
    @Override
    public Optional<StrategyModel> fetchLatestModel() {
        awaitDelivery(modelFetchTimeout);
        Optional<StrategyModel> cached = modelCache.read();
        Request.Builder request = new Request.Builder().url(modelUrl).get();
        cached.ifPresent(m -> request.header("If-None-Match", "\"" + m.version() + "\""));
        Outcome outcome = modelSender.send(request.build(), Deadline.after(modelFetchTimeout));
        if (outcome instanceof Outcome.Delivered ok) {
            if (ok.code() == 304 && cached.isPresent()) {
                notChanged.incrementAndGet();
                return cached;
            }
            try {
                StrategyModel model = json.model(ok.body(), ok.etag());
                modelCache.write(model);
                fetched.incrementAndGet();
                return Optional.of(model);
            } catch (IOException malformed) {
                LOG.warn("learning service sent an unusable model ({}); {}", malformed.getMessage(), fallback(cached));
            }
        } else {
            LOG.info("learning service unavailable for the model ({}); {}", describe(outcome), fallback(cached));
        }
        if (cached.isPresent()) {
            fromCache.incrementAndGet();
        }
        return cached;
    }

    /** What the caller gets instead of a fresh model; never claims a cache that is not there. */
    private String fallback(Optional<StrategyModel> cached) {
        return cached.map(m -> "using the cached model " + m.version() + " from " + modelCache.path())
                .orElse("no cached model at " + modelCache.path() + " yet: none returned");
    }

    private static String describe(Outcome outcome) {
        if (outcome instanceof Outcome.Rejected r) {
            return "HTTP " + r.code();
        }
        return outcome instanceof Outcome.Unavailable u ? u.reason() : outcome.toString();
    }

    public LearningMetrics metrics() {
        return new LearningMetrics(written.get(), delivered.get(), pending.get(), deadLettered.get(),
                deadLetterDropped.get(), fetched.get(), notChanged.get(), fromCache.get());
    }

    private long countPending() throws IOException {
        long frames = 0;
        for (var segment : spool.sealedSegments()) {
            frames += spool.read(segment).size();
        }
        return frames;
    }

    /** Gives the background sender until the close timeout to deliver what is pending; the rest stays on disk. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        wake.offer(Boolean.TRUE);
        try {
            sender.join(closeTimeout.toMillis());
            if (sender.isAlive()) {
                resultsSender.abort();
                sender.join(closeTimeout.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        modelSender.abort();
        synchronized (spool) {
            try {
                spool.close();
            } catch (IOException disk) {
                LOG.warn("results spool {} did not close cleanly: {}", spool.dir(), disk.toString());
            }
        }
        releaseHttp.run();
    }
}
