package io.wickedzerg.app.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Plain GETs against services on loopback, for tests that only read. */
public final class LoopbackHttp {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private LoopbackHttp() {
    }

    /** The response to {@code GET url} with the given header name/value pairs. */
    public static HttpResponse<String> get(URI url, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(TIMEOUT).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: GET " + url, e);
        }
    }

    /** The status of {@code GET url}, or -1 while nothing answers there (a service still starting or dead). */
    public static int status(URI url) {
        try {
            return get(url).statusCode();
        } catch (UncheckedIOException notAnswering) {
            return -1;
        }
    }
}
