package io.wickedzerg.bot.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wickedzerg.clients.telemetry.BatchingTelemetryClient;
import io.wickedzerg.clients.telemetry.TelemetryClients;
import io.wickedzerg.config.HybridConfig;
import io.wickedzerg.config.Mode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The real loop: the HTTP telemetry client logs a warning (from its worker thread, through the process's
 * logback) about the very batch that carried a shipped line. That warning must not be shipped in turn.
 */
class LogShippingFeedbackTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static List<JsonNode> events(RecordedRequest batch) throws IOException {
        JsonNode body = JSON.readTree(new GZIPInputStream(new ByteArrayInputStream(batch.getBody().readByteArray())));
        List<JsonNode> events = new ArrayList<>();
        body.path("events").forEach(events::add);
        return events;
    }

    @Test
    void aLineTheTelemetryClientLogsWhileSendingIsNotShippedAgain() throws Exception {
        LoggerContext process = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = process.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> seen = new ListAppender<>();
        seen.setContext(process);
        seen.start();
        root.addAppender(seen);
        List<RecordedRequest> batches = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (MockWebServer service = new MockWebServer()) {
            // every batch refused for good: the client warns about each one it dead-letters
            service.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    batches.add(request);
                    return new MockResponse().setResponseCode(400).setBody("{\"error\":\"no\"}");
                }
            });
            service.start();
            HybridConfig config = HybridConfig.builder().mode(Mode.HYBRID).telemetryServiceUrl(service.url("/").toString())
                    .dataDir(tmp.resolve("data")).spoolDir(tmp.resolve("spool")).connectionTimeout(Duration.ofSeconds(2))
                    .retryAttempts(0).closeTimeout(Duration.ofSeconds(2)).build();
            try (BatchingTelemetryClient client = TelemetryClients.builder(config, "run-feedback").buildHttp();
                 LogShipping shipping = LogShipping.attach(process, client, () -> GamePosition.NONE, System::nanoTime)) {
                LoggerFactory.getLogger("io.wickedzerg.bot.game.FeedbackProbe").warn("the one line to ship");
                client.flush().get(10, TimeUnit.SECONDS);
                // a re-shipped warning would be queued by now; a second flush would carry it to the service
                client.flush().get(10, TimeUnit.SECONDS);

                assertThat(seen.list).as("the client warned about the refused batch")
                        .anySatisfy(line -> assertThat(line.getLoggerName()).startsWith("io.wickedzerg.clients."));
                assertThat(shipping.stats().ownLines()).isPositive();
            }
        } finally {
            root.detachAppender(seen);
        }
        List<JsonNode> shipped = new ArrayList<>();
        for (RecordedRequest batch : batches) {
            shipped.addAll(events(batch));
        }
        assertThat(shipped).anySatisfy(e -> assertThat(e.path("message").asText()).isEqualTo("the one line to ship"));
        assertThat(shipped).noneSatisfy(e -> assertThat(e.path("logger").asText()).startsWith("io.wickedzerg.clients"));
    }
}
