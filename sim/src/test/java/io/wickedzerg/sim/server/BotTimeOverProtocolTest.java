package io.wickedzerg.sim.server;

import static io.wickedzerg.sim.server.ProtocolRequests.joinGameVsComputer;
import static io.wickedzerg.sim.server.ProtocolRequests.observation;
import static io.wickedzerg.sim.server.ProtocolRequests.step;
import static org.assertj.core.api.Assertions.assertThat;

import SC2APIProtocol.Sc2Api;
import io.wickedzerg.sim.client.RawSc2Client;
import io.wickedzerg.sim.replay.BotTimes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server times a bot from outside, as AI Arena's proxy does, and keeps the times with the finished game. */
class BotTimeOverProtocolTest {

    @TempDir
    Path dir;

    @Test
    void theTimeBetweenAnswersAndTheNextRequestsIsTheBotsAndEndsUpInTheSummary() throws Exception {
        AtomicLong nanos = new AtomicLong(TimeUnit.HOURS.toNanos(1));
        Path summary = dir.resolve("summary.json");
        try (SimServer server = SimServer.start(SimServerOptions.builder().port(0).loopLimit(100)
                .nanoClock(nanos::get).summaryJson(summary).build());
             RawSc2Client client = RawSc2Client.connect(server.port())) {
            joinGameVsComputer(client, false);
            think(nanos, 300);
            client.send(observation());
            think(nanos, 5);
            client.send(step(10));
            Sc2Api.Response stepped = null;
            for (int i = 1; i <= 9; i++) {
                think(nanos, i == 3 ? 45 : 2);
                client.send(observation());
                think(nanos, 1);
                stepped = client.send(step(10));
            }
            assertThat(stepped.getStatus()).isEqualTo(Sc2Api.Status.ended);

            BotTimes times = server.savedGames().get(0).botTimes().get(1);
            assertThat(times.setupMillis()).isEqualTo(305.0);
            assertThat(times.steps()).isEqualTo(9);
            assertThat(times.p50Millis()).isEqualTo(3.0);
            assertThat(times.maxMillis()).isEqualTo(46.0);
            assertThat(times.stepsOverLimit()).isEqualTo(1);
            assertThat(server.savedGames().get(0).botTimes()).as("the computer has none").containsOnlyKeys(1);
            assertThat(Files.readString(summary)).contains("\"bot_time_ms\": {\"setup\": 305.000, \"steps\": 9, "
                    + "\"mean\": 7.778, \"p50\": 3.000, \"p99\": 46.000, \"max\": 46.000}, \"steps_over_40ms\": 1}");
        }
    }

    /** The bot's thinking between an answer and its next request, on the server's clock. */
    private static void think(AtomicLong nanos, long millis) {
        nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
    }
}
