package io.wickedzerg.services.runtime;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wickedzerg.services.settings.Secret;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.LoggerFactory;

/**
 * Keeps this service's recent WARN and ERROR lines and ships them to the telemetry service's
 * {@code POST /api/logs} in batches from its own thread: logging never waits on the network. Lines
 * wait (up to a cap, then the oldest are dropped and counted) until the telemetry service takes them.
 */
final class LogShipper extends AppenderBase<ILoggingEvent> {

    private static final int CAPACITY = 1000;
    private static final int BATCH = 200;

    private final URI target;
    private final String source;
    private final String service;
    private final Optional<Secret> apiKey;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final Deque<Map<String, Object>> waiting = new ArrayDeque<>();
    private final AtomicLong seq = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final ScheduledExecutorService shipping;

    LogShipper(URI telemetry, String source, String service, Optional<Secret> apiKey) {
        this.target = URI.create(telemetry + "/api/logs");
        this.source = source;
        this.service = service;
        this.apiKey = apiKey;
        this.shipping = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, service + "-log-shipping");
            thread.setDaemon(true);
            return thread;
        });
        setName("ship-to-telemetry");
    }

    /** Attaches to the root logger and ships every second. */
    void install() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return; // another logging backend: nothing to attach to
        }
        setContext(context);
        start();
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(this);
        shipping.scheduleWithFixedDelay(this::shipQuietly, 1, 1, TimeUnit.SECONDS);
    }

    @Override
    protected void append(ILoggingEvent event) {
        if (!event.getLevel().isGreaterOrEqual(Level.WARN) || Thread.currentThread().getName().endsWith("-log-shipping")
                || event.getLoggerName().startsWith("jdk.internal.httpclient")) {
            return; // a failure to ship, logged while shipping, must not feed itself
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("seq", seq.incrementAndGet());
        line.put("time", Instant.ofEpochMilli(event.getTimeStamp()).toString());
        line.put("level", event.getLevel().isGreaterOrEqual(Level.ERROR) ? "ERROR" : "WARN");
        line.put("logger", event.getLoggerName());
        line.put("message", clip(event.getFormattedMessage()));
        IThrowableProxy error = event.getThrowableProxy();
        if (error != null) {
            line.put("error", clip(error.getClassName() + ": " + error.getMessage()));
        }
        line.put("thread", event.getThreadName());
        synchronized (waiting) {
            if (waiting.size() >= CAPACITY) {
                waiting.removeFirst();
                dropped.incrementAndGet();
            }
            waiting.addLast(line);
        }
    }

    private static String clip(String text) {
        return text == null || text.length() <= 2000 ? text : text.substring(0, 2000);
    }

    private void shipQuietly() {
        try {
            ship();
        } catch (IOException e) {
            // kept for the next round; the telemetry service may be starting or restarting
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Sends what waits, a batch at a time, until the queue is empty or the service does not take it. */
    void ship() throws IOException, InterruptedException {
        while (true) {
            List<Map<String, Object>> batch;
            synchronized (waiting) {
                batch = new ArrayList<>(waiting.stream().limit(BATCH).toList());
            }
            if (batch.isEmpty()) {
                return;
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("source", source);
            body.put("service", service);
            body.put("lines", batch);
            HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(5))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
            apiKey.ifPresent(key -> request.header("Authorization", "Bearer " + key.reveal()));
            int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 != 2) {
                return;
            }
            synchronized (waiting) {
                for (int i = 0; i < batch.size() && !waiting.isEmpty(); i++) {
                    if (waiting.peekFirst() == batch.get(i)) {
                        waiting.removeFirst();
                    }
                }
            }
        }
    }

    long dropped() {
        return dropped.get();
    }

    /** Detaches, then makes a last attempt to ship what waits. */
    void close() {
        if (getContext() instanceof LoggerContext context) {
            Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
            root.detachAppender(this);
        }
        stop();
        shipping.shutdownNow();
        try {
            shipping.awaitTermination(5, TimeUnit.SECONDS);
            ship();
        } catch (IOException e) {
            // the telemetry service is gone too; the lines stay in this service's log file
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
