package io.wickedzerg.clients.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntFunction;
import java.util.zip.GZIPInputStream;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;

/**
 * A telemetry service for MockWebServer: answers from a script first, then 200; remembers every
 * event it accepted, deduplicated by {@code (run_id, seq)} as the real service is.
 */
public final class TelemetryRecorder extends Dispatcher {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ConcurrentLinkedQueue<MockResponse> script = new ConcurrentLinkedQueue<>();
    private final AtomicInteger requestCount = new AtomicInteger();
    private final AtomicLong receivedEvents = new AtomicLong();
    private final AtomicLong lostResponseEvents = new AtomicLong();
    private volatile IntFunction<MockResponse> afterScript = n -> ok();
    private final Set<String> accepted = ConcurrentHashMap.newKeySet();
    private final Map<String, Integer> attemptsByBatch = new ConcurrentHashMap<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();

    public TelemetryRecorder enqueue(MockResponse... responses) {
        script.addAll(List.of(responses));
        return this;
    }

    /**
     * Once the script is used up, answers request number n (1 = the first this server sees) with
     * {@code byRequestNumber.apply(n)} instead of 200.
     */
    public TelemetryRecorder answerInTurn(IntFunction<MockResponse> byRequestNumber) {
        this.afterScript = byRequestNumber;
        return this;
    }

    /** MockWebServer asks this before reading a body, to know whether to cut the body off. */
    @Override
    public MockResponse peek() {
        MockResponse next = script.peek();
        return next != null ? next : afterScript.apply(requestCount.get() + 1);
    }

    /**
     * No body: MockWebServer writes a body separately from the headers, and on loopback Nagle plus
     * delayed ACK then costs ~40 ms a response, which would make replay tests crawl.
     */
    private static MockResponse ok() {
        return new MockResponse().setResponseCode(200);
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        requests.add(request);
        int number = requestCount.incrementAndGet();
        MockResponse response = script.poll();
        if (response == null) {
            response = afterScript.apply(number);
        }
        boolean processed = isProcessed(response);
        boolean bodyComplete = response.getSocketPolicy() != SocketPolicy.DISCONNECT_DURING_REQUEST_BODY;
        if (request.getPath().equals("/api/telemetry") && bodyComplete && request.getBodySize() > 0) {
            JsonNode body = parse(request);
            String batchId = body.path("batch_id").asText();
            attemptsByBatch.merge(batchId, 1, Integer::sum);
            if (!batchId.equals(request.getHeader("Idempotency-Key"))) {
                problems.add("Idempotency-Key " + request.getHeader("Idempotency-Key") + " != batch_id " + batchId);
            }
            if (processed) {
                List<String> keys = new ArrayList<>();
                for (JsonNode event : body.path("events")) {
                    keys.add(event.path("run_id").asText() + "/" + event.path("seq").asLong());
                }
                receivedEvents.addAndGet(keys.size());
                if (response.getSocketPolicy() == SocketPolicy.DISCONNECT_AFTER_REQUEST) {
                    lostResponseEvents.addAndGet(keys.size());
                }
                lock.lock();
                try {
                    accepted.addAll(keys);
                    changed.signalAll();
                } finally {
                    lock.unlock();
                }
            }
        }
        return response;
    }

    /** The service did its work: a 2xx, or a response that was lost after the request was taken. */
    private static boolean isProcessed(MockResponse response) {
        SocketPolicy policy = response.getSocketPolicy();
        if (policy == SocketPolicy.DISCONNECT_DURING_REQUEST_BODY || policy == SocketPolicy.NO_RESPONSE) {
            return false;
        }
        if (policy == SocketPolicy.DISCONNECT_AFTER_REQUEST) {
            return true;
        }
        String status = response.getStatus();
        int code = Integer.parseInt(status.split(" ")[1]);
        return code >= 200 && code < 300;
    }

    private JsonNode parse(RecordedRequest request) {
        try {
            byte[] raw = request.getBody().clone().readByteArray();
            if (!"gzip".equals(request.getHeader("Content-Encoding"))) {
                problems.add("body not gzip-encoded");
                return JSON.readTree(raw);
            }
            return JSON.readTree(new GZIPInputStream(new ByteArrayInputStream(raw)));
        } catch (IOException e) {
            problems.add("unreadable body: " + e);
            throw new UncheckedIOException(e);
        }
    }

    /** Events in every request the service processed, repeats included. */
    public long receivedEvents() {
        return receivedEvents.get();
    }

    /** Events the service processed but whose answer it dropped: the client must send them again. */
    public long lostResponseEvents() {
        return lostResponseEvents.get();
    }

    /** Events processed more than once: received less distinct. */
    public long duplicates() {
        return receivedEvents() - acceptedCount();
    }

    /** Distinct events accepted (by run id and seq). */
    public int acceptedCount() {
        return accepted.size();
    }

    public long acceptedCount(String runId) {
        return accepted.stream().filter(k -> k.startsWith(runId + "/")).count();
    }

    public boolean accepted(String runId, long seq) {
        return accepted.contains(runId + "/" + seq);
    }

    /** Waits until at least {@code count} distinct events of the run were accepted. */
    public void awaitAccepted(String runId, long count, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (acceptedCount(runId) < count) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("server accepted " + acceptedCount(runId) + " of " + count
                            + " events of " + runId + " within " + timeout);
                }
                changed.await(Math.min(left, TimeUnit.MILLISECONDS.toNanos(50)), TimeUnit.NANOSECONDS);
            }
        } finally {
            lock.unlock();
        }
    }

    public Map<String, Integer> attemptsByBatch() {
        return Map.copyOf(attemptsByBatch);
    }

    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }
}
