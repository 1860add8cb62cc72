package io.wickedzerg.services.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/** A plain HTTP client for tests against a real service on loopback. */
public final class TestHttp {

    public record Answer(int status, String body, HttpHeaders headers) {
        public JsonNode json() {
            try {
                return new ObjectMapper().readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;
    private String apiKey;

    public TestHttp(URI base) {
        this.base = base;
    }

    public TestHttp withKey(String key) {
        TestHttp other = new TestHttp(base);
        other.apiKey = key;
        return other;
    }

    public Answer get(String path) {
        return send(builder(path).GET().build());
    }

    public Answer post(String path, String json) {
        return send(builder(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public Answer postGzip(String path, byte[] raw) {
        return send(builder(path).header("Content-Type", "application/json").header("Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(gzip(raw))).build());
    }

    /** A POST with the given Content-Encoding and the bytes as they are. */
    public Answer send(String path, String encoding, byte[] body) {
        return send(builder(path).header("Content-Type", "application/json").header("Content-Encoding", encoding)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    public Answer method(String method, String path, String body) {
        return send(builder(path).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /**
     * A POST that declares a {@code declaredLength}-byte JSON body and sends none of it, then reads the answer: the
     * service refuses an oversized body by its declared length, before reading it. Sending such a body in full
     * races the service's close after its 413 (the client still writing can lose the answer to the reset).
     */
    public Answer postDeclaringOnly(String path, long declaredLength) {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            String head = "POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + declaredLength
                    + (apiKey == null ? "" : "\r\nAuthorization: Bearer " + apiKey) + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            socket.shutdownOutput();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(answer.substring(answer.indexOf(' ') + 1, answer.indexOf(' ') + 4));
            int bodyAt = answer.indexOf("\r\n\r\n");
            return new Answer(status, bodyAt < 0 ? "" : answer.substring(bodyAt + 4),
                    HttpHeaders.of(Map.of(), (a, b) -> true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] gzip(byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        if (apiKey != null) {
            builder.header("Authorization", "Bearer " + apiKey);
        }
        return builder;
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
