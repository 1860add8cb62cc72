package io.wickedzerg.services.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP shell every service shares: {@code GET /health} and {@code GET /metrics} as the wire
 * contract requires, request counting, and JSON errors for unknown paths and wrong methods.
 * A service adds its own routes with {@link #route}.
 */
public final class ServiceHttpServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceHttpServer.class);

    private final String serviceName;
    private final HttpServer server;
    private final ExecutorService executor;
    private final Clock clock;
    private final Instant startedAt;
    private final ObjectMapper json = new ObjectMapper();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong clientErrors = new AtomicLong();

    private ServiceHttpServer(String serviceName, InetSocketAddress address, Clock clock) throws IOException {
        this.serviceName = serviceName;
        this.clock = clock;
        this.startedAt = clock.instant();
        this.server = HttpServer.create(address, 0);
        this.executor = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, serviceName + "-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        route("/health", "GET", exchange -> respond(exchange, 200, Map.of("status", "ok", "service", serviceName)));
        route("/metrics", "GET", exchange -> respond(exchange, 200, metrics()));
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            error(exchange, 404, "no such path: " + exchange.getRequestURI().getPath());
        });
    }

    /** Starts a server; port 0 picks a free one (see {@link #port()}). */
    public static ServiceHttpServer start(String serviceName, String host, int port, Clock clock) throws IOException {
        ServiceHttpServer service = new ServiceHttpServer(serviceName, new InetSocketAddress(host, port), clock);
        service.server.start();
        LOG.info("{} listening on http://{}:{}", serviceName, host, service.port());
        return service;
    }

    /** Adds an exact-path route answering one method; other methods get 405 naming the allowed one. */
    public void route(String path, String method, HttpHandler handler) {
        server.createContext(path, exchange -> {
            requests.incrementAndGet();
            try (exchange) {
                if (!exchange.getRequestURI().getPath().equals(path)) {
                    error(exchange, 404, "no such path: " + exchange.getRequestURI().getPath());
                } else if (!exchange.getRequestMethod().equalsIgnoreCase(method)) {
                    exchange.getResponseHeaders().add("Allow", method);
                    error(exchange, 405, "method " + exchange.getRequestMethod() + " not allowed; allowed: " + method);
                } else {
                    handler.handle(exchange);
                }
            }
        });
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public Map<String, Object> metrics() {
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("service", serviceName);
        metrics.put("uptime_seconds", Duration.between(startedAt, clock.instant()).toSeconds());
        metrics.put("requests_total", requests.get());
        metrics.put("client_errors_total", clientErrors.get());
        return metrics;
    }

    public void respond(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    public void error(HttpExchange exchange, int status, String message) throws IOException {
        if (status >= 400 && status < 500) {
            clientErrors.incrementAndGet();
        }
        respond(exchange, status, Map.of("error", message));
    }

    /** For routes that read a body as UTF-8 text. */
    public static String bodyText(HttpExchange exchange) throws IOException {
        return new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
