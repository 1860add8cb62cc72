package io.wickedzerg.services.supervisor;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** One short {@code GET} against a child's health URL; any 2xx means ready, anything else (or no answer) not. */
final class HealthProbe {

    private final HttpClient client;

    HealthProbe(Duration connectTimeout) {
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
    }

    boolean isHealthy(URI url, Duration timeout) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout).GET().build();
        try {
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status >= 200 && status < 300;
        } catch (IOException notListeningYet) {
            return false;
        }
    }
}
