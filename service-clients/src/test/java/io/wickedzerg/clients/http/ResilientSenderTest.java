package io.wickedzerg.clients.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.wickedzerg.clients.testing.FreePort;
import io.wickedzerg.clients.testing.MutableClock;
import io.wickedzerg.clients.testing.RecordingSleeper;
import io.wickedzerg.config.HybridConfig;
import java.net.InetAddress;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.Test;

class ResilientSenderTest {

    private final MutableClock clock = MutableClock.atEpochPlus(0);
    private final RecordingSleeper sleeper = new RecordingSleeper();

    private ResilientSender sender(OkHttpClient http, CircuitBreaker breaker, int attempts) {
        return new ResilientSender(http, new RetryPolicy(attempts, Duration.ofMillis(100), 2, Duration.ofSeconds(1),
                Duration.ofSeconds(10)), breaker, sleeper, new SplittableRandom(1), clock);
    }

    private static HybridConfig config(String apiKey) {
        return HybridConfig.builder().connectionTimeout(Duration.ofSeconds(2)).apiKey(apiKey).build();
    }

    @Test
    void httpsWorksWithTheSharedStackAndCarriesTheBearerToken() throws Exception {
        HeldCertificate localhost = new HeldCertificate.Builder().addSubjectAlternativeName("localhost").build();
        HandshakeCertificates serverCerts = new HandshakeCertificates.Builder().heldCertificate(localhost).build();
        HandshakeCertificates clientTrust = new HandshakeCertificates.Builder()
                .addTrustedCertificate(localhost.certificate()).build();
        try (MockWebServer server = new MockWebServer()) {
            server.useHttps(serverCerts.sslSocketFactory(), false);
            server.enqueue(new MockResponse().setBody("{\"ok\":true}"));
            server.start(InetAddress.getByName("localhost"), 0);

            OkHttpClient http = HttpStack.configure(new OkHttpClient.Builder()
                            .sslSocketFactory(clientTrust.sslSocketFactory(), clientTrust.trustManager()),
                    config("tls-key")).build();
            Outcome outcome = sender(http, CircuitBreaker.withDefaults(clock), 1)
                    .send(new Request.Builder().url(server.url("/health")).build(), Deadline.none());

            assertThat(outcome).isInstanceOf(Outcome.Delivered.class);
            assertThat(new String(((Outcome.Delivered) outcome).body())).isEqualTo("{\"ok\":true}");
            var recorded = server.takeRequest(5, TimeUnit.SECONDS);
            assertThat(recorded.getRequestUrl().scheme()).isEqualTo("https");
            assertThat(recorded.getHeader("Authorization")).isEqualTo("Bearer tls-key");
            HttpStack.shutdown(http);
        }
    }

    @Test
    void refusedConnectionTripsTheBreakerWithoutRetrying() {
        OkHttpClient http = HttpStack.create(config(""));
        CircuitBreaker breaker = CircuitBreaker.withDefaults(clock);
        Outcome outcome = sender(http, breaker, 4).send(
                new Request.Builder().url("http://127.0.0.1:" + FreePort.find() + "/x").build(), Deadline.none());
        assertThat(outcome).isInstanceOf(Outcome.Unavailable.class);
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(sleeper.sleeps()).isEmpty();
        HttpStack.shutdown(http);
    }

    @Test
    void plainServerErrorIsNotRetriedButKeptNotDeadLettered() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse().setResponseCode(500));
            server.start(InetAddress.getLoopbackAddress(), 0);
            OkHttpClient http = HttpStack.create(config(""));
            Outcome outcome = sender(http, CircuitBreaker.withDefaults(clock), 4)
                    .send(new Request.Builder().url(server.url("/x")).build(), Deadline.none());
            assertThat(outcome).isInstanceOf(Outcome.Unavailable.class);
            assertThat(server.getRequestCount()).isEqualTo(1);
            HttpStack.shutdown(http);
        }
    }

    @Test
    void abortEndsACallThatWouldOtherwiseWaitForItsTimeout() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
            server.start(InetAddress.getLoopbackAddress(), 0);
            OkHttpClient http = HttpStack.create(HybridConfig.builder().connectionTimeout(Duration.ofSeconds(60)).build());
            ResilientSender sender = sender(http, CircuitBreaker.withDefaults(clock), 4);
            AtomicReference<Outcome> result = new AtomicReference<>();
            CountDownLatch done = new CountDownLatch(1);
            Thread caller = new Thread(() -> {
                result.set(sender.send(new Request.Builder().url(server.url("/x")).build(), Deadline.none()));
                done.countDown();
            });
            caller.start();
            assertThat(server.takeRequest(5, TimeUnit.SECONDS)).isNotNull(); // the call is in flight
            sender.abort();
            assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(result.get()).isInstanceOf(Outcome.Unavailable.class);
            assertThat(server.getRequestCount()).isEqualTo(1); // no retry after an abort
            HttpStack.shutdown(http);
        }
    }
}
