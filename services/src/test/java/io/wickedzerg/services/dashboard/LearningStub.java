package io.wickedzerg.services.dashboard;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A stand-in for the learning service on loopback: {@code GET /health} and {@code GET /api/stats} answering the
 * shape the README documents with fixed numbers, so the browser test knows every point the learning chart must
 * hold (the real service's numbers depend on the optimiser; {@link LearningStatsFromServiceTest} reads those).
 */
final class LearningStub implements AutoCloseable {

    /** Two generations, the current one's candidates in every tier, and one environment change. */
    static final String STATS = """
            {"generations":[
               {"generation":1,"games":20,"wins":9,"win_rate":0.45,"mean_fitness":0.71,"best_fitness":1.2},
               {"generation":2,"games":20,"wins":13,"win_rate":0.65,"mean_fitness":0.93,"best_fitness":1.4},
               {"generation":3,"games":20,"wins":8,"win_rate":0.4,"mean_fitness":0.62,"best_fitness":1.1}],
             "current":{"generation":4,"candidates":[
               {"id":"g4-c01","tier":"elite","games":2,"mean_fitness":1.1},
               {"id":"g4-c02","tier":"significant","games":2,"mean_fitness":0.8},
               {"id":"g4-c03","tier":"deprecated","games":2,"mean_fitness":0.2},
               {"id":"g4-c04","tier":null,"games":0,"mean_fitness":null}]},
             "environment_changes":[{"generation":3,"time":"2026-01-01T10:00:00Z","baseline":0.65,"recent":0.4}]}
            """;

    private final HttpServer server;

    private LearningStub(HttpServer server) {
        this.server = server;
    }

    static LearningStub start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/health", exchange -> answer(exchange, "{\"status\":\"ok\",\"ready\":true}"));
        server.createContext("/api/stats", exchange -> answer(exchange, STATS));
        server.start();
        return new LearningStub(server);
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static void answer(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
