package io.wickedzerg.services.dashboard;

import io.wickedzerg.services.settings.Secret;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * GETs from the services behind the dashboard, each within the upstream timeout and with the API key
 * when one is set. It never fails: a refused connection, a timeout or an error status is an
 * {@link Answer} that says so, because a service that is down is something to show, not an error.
 */
public final class UpstreamClient {

    private final HttpClient http;
    private final Duration timeout;
    private final Optional<Secret> apiKey;

    public UpstreamClient(Duration timeout, Optional<Secret> apiKey) {
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
        this.timeout = timeout;
        this.apiKey = apiKey;
    }

    /** Starts a GET of {@code base + pathAndQuery}; the future always completes normally. */
    public CompletableFuture<Answer> get(URI base, String pathAndQuery) {
        URI uri = URI.create(base + pathAndQuery);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).GET()
                .header("Accept", "application/json, text/plain");
        apiKey.ifPresent(key -> request.header("Authorization", "Bearer " + key.reveal()));
        try {
            return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
                    .handle((response, failure) -> failure == null
                            ? new Answer(uri, response.statusCode(), response.body(), null)
                            : new Answer(uri, 0, "", describe(failure)));
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(new Answer(uri, 0, "", "not a usable URL: " + e.getMessage()));
        }
    }

    private String describe(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                : failure;
        if (cause instanceof ConnectException) {
            return "connection refused";
        }
        if (cause instanceof HttpTimeoutException) {
            return "no answer within " + timeout.toMillis() + " ms";
        }
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /**
     * One GET's outcome.
     *
     * @param status  the HTTP status, or 0 when no answer came
     * @param problem why no answer came, or null
     */
    public record Answer(URI uri, int status, String body, String problem) {

        /** A 2xx answer. */
        public boolean ok() {
            return status / 100 == 2;
        }

        /** What went wrong, for a person: the failure, or the status and the service's own words. */
        public String describeProblem() {
            if (problem != null) {
                return problem;
            }
            String text = body == null ? "" : body.strip();
            return "answered " + status + (text.isEmpty() ? "" : ": " + (text.length() > 200 ? text.substring(0, 200)
                    + "…" : text));
        }
    }
}
