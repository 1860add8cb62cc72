package io.wickedzerg.clients.http;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one request through the breaker with the retry policy: retries connection failures and
 * 408/429/502/503/504 only (waiting for {@code Retry-After} when given, capped), never a 400.
 * One instance per service, used by one thread at a time; {@link #abort()} may come from another.
 */
public final class ResilientSender {

    private static final Logger LOG = LoggerFactory.getLogger(ResilientSender.class);

    private final OkHttpClient http;
    private final RetryPolicy policy;
    private final CircuitBreaker breaker;
    private final Sleeper sleeper;
    private final RandomGenerator random;
    private final Clock clock;

    private volatile Call inFlight;
    private volatile boolean aborted;

    public ResilientSender(OkHttpClient http, RetryPolicy policy, CircuitBreaker breaker, Sleeper sleeper,
                           RandomGenerator random, Clock clock) {
        this.http = Objects.requireNonNull(http, "http");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.breaker = Objects.requireNonNull(breaker, "breaker");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.random = Objects.requireNonNull(random, "random");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public CircuitBreaker breaker() {
        return breaker;
    }

    /** Sends until delivered, rejected, out of attempts, denied by the breaker, or past the deadline. */
    public Outcome send(Request request, Deadline deadline) {
        boolean attempted = false;
        for (int attempt = 1; ; attempt++) {
            if (aborted || deadline.hasPassed()) {
                return new Outcome.Unavailable("deadline passed", attempted);
            }
            CircuitBreaker.Permit permit = breaker.tryAcquire();
            if (permit == CircuitBreaker.Permit.DENIED) {
                return new Outcome.Unavailable("circuit breaker open", attempted);
            }
            attempted = true;
            Duration wait;
            String failure;
            try (Response response = execute(request)) {
                int code = response.code();
                switch (StatusPolicy.of(code)) {
                    case SUCCESS -> {
                        breaker.onSuccess();
                        ResponseBody body = response.body();
                        return new Outcome.Delivered(code, body == null ? new byte[0] : body.bytes(),
                                response.header("ETag"));
                    }
                    case REJECT -> {
                        // the server is up and answering: a wrong request says nothing against it
                        breaker.onSuccess();
                        return new Outcome.Rejected(code, response.message());
                    }
                    case DEFER -> {
                        breaker.onFailure();
                        return new Outcome.Unavailable("HTTP " + code, true);
                    }
                    default -> {
                        failure = "HTTP " + code;
                        Optional<Duration> asked = RetryAfter.parse(response.header("Retry-After"), clock);
                        wait = asked.isPresent() ? policy.capRetryAfter(asked.get()) : policy.backoff(attempt, random);
                    }
                }
            } catch (ConnectException refused) {
                breaker.trip();
                return new Outcome.Unavailable("connection refused: " + refused.getMessage(), true);
            } catch (IOException io) {
                if (aborted) {
                    return new Outcome.Unavailable("aborted while closing", true);
                }
                failure = io.getClass().getSimpleName() + ": " + io.getMessage();
                wait = policy.backoff(attempt, random);
            }
            if (permit == CircuitBreaker.Permit.PROBE || !attemptsLeft(attempt)) {
                breaker.onFailure();
                LOG.debug("{} {} failed after {} attempt(s): {}", request.method(), request.url().encodedPath(),
                        attempt, failure);
                return new Outcome.Unavailable(failure, true);
            }
            Duration remaining = deadline.remaining();
            try {
                sleeper.sleep(wait.compareTo(remaining) < 0 ? wait : remaining);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return new Outcome.Unavailable("interrupted", true);
            }
        }
    }

    private boolean attemptsLeft(int attempt) {
        return attempt < policy.maxAttempts();
    }

    private Response execute(Request request) throws IOException {
        Call call = http.newCall(request);
        inFlight = call;
        try {
            if (aborted) {
                call.cancel();
            }
            return call.execute();
        } finally {
            inFlight = null;
        }
    }

    /** Ends the current call and wait, and refuses every later attempt: the client is closing. */
    public void abort() {
        aborted = true;
        Call call = inFlight;
        if (call != null) {
            call.cancel();
        }
        sleeper.wakeUp();
    }
}
