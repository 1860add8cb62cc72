package io.wickedzerg.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wickedzerg.clients.telemetry.BatchingTelemetryClient;
import io.wickedzerg.clients.telemetry.TelemetryClients;
import io.wickedzerg.clients.telemetry.TelemetryEvent;
import io.wickedzerg.config.HybridConfig;
import io.wickedzerg.config.Mode;
import io.wickedzerg.services.runtime.RunningService;
import io.wickedzerg.services.settings.Secret;
import io.wickedzerg.services.settings.ServiceName;
import io.wickedzerg.services.settings.ServiceSettings;
import io.wickedzerg.services.settings.TlsSettings;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The telemetry service over https with a self-signed certificate, and the bot's real client in front of it. */
class TlsServiceTest {

    @TempDir
    Path dir;
    private final HeldCertificate certificate = new HeldCertificate.Builder().commonName("wicked-zerg test")
            .addSubjectAlternativeName("127.0.0.1").addSubjectAlternativeName("localhost").build();

    @Test
    void aClientThatTrustsThePemCertificateDeliversAndOneThatDoesNotFailsClearly() throws Exception {
        Path cert = Files.writeString(dir.resolve("cert.pem"), certificate.certificatePem());
        Path key = Files.writeString(dir.resolve("key.pem"), certificate.privateKeyPkcs8Pem());
        try (RunningService service = RunningService.start(ServiceSettings.builder(ServiceName.TELEMETRY, 0,
                dir.resolve("db")).tls(TlsSettings.pem(cert, key)).build(), Clock.systemUTC())) {
            assertThat(service.baseUrl().getScheme()).isEqualTo("https");
            HandshakeCertificates trust = new HandshakeCertificates.Builder()
                    .addTrustedCertificate(certificate.certificate()).build();
            OkHttpClient trusting = new OkHttpClient.Builder()
                    .sslSocketFactory(trust.sslSocketFactory(), trust.trustManager()).build();
            HybridConfig config = HybridConfig.builder().mode(Mode.HYBRID)
                    .telemetryServiceUrl(service.baseUrl().toString()).dataDir(dir.resolve("bot"))
                    .retryAttempts(0).build();

            try (BatchingTelemetryClient client = TelemetryClients.builder(config, "tls-run").httpClient(trusting)
                    .buildHttp()) {
                for (int i = 0; i < 10; i++) {
                    client.send(new TelemetryEvent("tls-run-g1", i, "sample", Map.of("minerals", i)));
                }
                client.flush().get(30, TimeUnit.SECONDS);
                assertThat(client.metrics().delivered()).isEqualTo(10);
            }
            try (Response games = trusting.newCall(new Request.Builder().url(service.baseUrl() + "/api/games/tls-run-g1")
                    .build()).execute()) {
                assertThat(games.code()).isEqualTo(200);
                assertThat(games.body().string()).contains("\"event_count\":10");
            }

            OkHttpClient untrusting = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(10)).build();
            assertThatThrownBy(() -> untrusting.newCall(new Request.Builder().url(service.baseUrl() + "/health").build())
                    .execute()).isInstanceOf(SSLException.class).hasMessageContaining("certification path");
            OkHttpClient plain = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(10)).build();
            String httpUrl = service.baseUrl().toString().replace("https://", "http://") + "/health";
            try (Response answer = plain.newCall(new Request.Builder().url(httpUrl).build()).execute()) {
                assertThat(answer.code()).isNotEqualTo(200); // https only: plain http gets Jetty's 400, never the API
            } catch (java.io.IOException refused) {
                assertThat(refused).isNotNull();
            }
            try (BatchingTelemetryClient client = TelemetryClients.builder(config, "tls-untrusted").buildHttp()) {
                client.send(new TelemetryEvent("tls-untrusted-g1", 1, "sample", Map.of("minerals", 1)));
                client.flush().get(30, TimeUnit.SECONDS);
                assertThat(client.metrics().delivered()).isZero();
            }
        }
    }

    @Test
    void aPkcs12KeyStoreServesHttpsToo() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("service", certificate.keyPair().getPrivate(), "pw".toCharArray(),
                new Certificate[] {certificate.certificate()});
        Path file = dir.resolve("service.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, "pw".toCharArray());
        }
        try (RunningService service = RunningService.start(ServiceSettings.builder(ServiceName.TELEMETRY, 0,
                dir.resolve("db2")).tls(TlsSettings.pkcs12(file, Secret.of("pw"))).build(), Clock.systemUTC())) {
            HandshakeCertificates trust = new HandshakeCertificates.Builder()
                    .addTrustedCertificate(certificate.certificate()).build();
            OkHttpClient trusting = new OkHttpClient.Builder()
                    .sslSocketFactory(trust.sslSocketFactory(), trust.trustManager()).build();
            try (Response health = trusting.newCall(new Request.Builder().url(service.baseUrl() + "/health").build())
                    .execute()) {
                assertThat(health.code()).isEqualTo(200);
            }
        }
    }
}
