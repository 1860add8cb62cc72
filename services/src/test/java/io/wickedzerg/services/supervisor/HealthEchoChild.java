package io.wickedzerg.services.supervisor;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A stand-in service for the supervisor tests, run as a real child process: answers {@code GET /health}
 * with its own pid on the port given as the only argument, and runs until it is killed.
 */
public final class HealthEchoChild {

    private HealthEchoChild() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        HttpServer server = bind(port);
        long pid = ProcessHandle.current().pid();
        server.createContext("/health", exchange -> {
            byte[] body = ("{\"status\":\"ok\",\"pid\":" + pid + "}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        System.out.println("HealthEchoChild pid " + pid + " listening on " + port);
        // The server's dispatcher thread is not a daemon, so the JVM stays up until a signal ends it.
    }

    /** A restarted child may find its killed predecessor's port still held for a moment; retry briefly. */
    private static HttpServer bind(int port) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            try {
                return HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            } catch (BindException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(50);
            }
        }
    }
}
