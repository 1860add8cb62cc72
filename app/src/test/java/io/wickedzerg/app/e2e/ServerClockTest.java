package io.wickedzerg.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerClockTest {

    @Test
    void theBotsTimesAreReadFromTheServersSummaryAndNothingWithoutThem(@TempDir Path dir) throws Exception {
        Path summary = dir.resolve("summary.json");
        Files.writeString(summary, "{\"games\": [{\"game\": 1, \"players\": [{\"id\": 1, \"type\": \"Participant\", "
                + "\"bot_time_ms\": {\"setup\": 150.0, \"steps\": 5000, \"mean\": 0.9, \"p50\": 0.6, \"p99\": 5.678, "
                + "\"max\": 41.0}, \"steps_over_40ms\": 1}, {\"id\": 2, \"type\": \"Computer\"}]}]}");
        Path noTimes = dir.resolve("no-times.json");
        Files.writeString(noTimes, "{\"games\": [{\"game\": 1, \"players\": [{\"id\": 2, \"type\": \"Computer\"}]}]}");

        assertThat(ServerClock.read(summary)).contains(new ServerClock(5.678, 1));
        assertThat(ServerClock.read(noTimes)).isEmpty();
        assertThat(ServerClock.read(dir.resolve("absent.json"))).isEmpty();
    }
}
