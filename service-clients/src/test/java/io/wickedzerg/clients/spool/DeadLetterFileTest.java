package io.wickedzerg.clients.spool;

import static org.assertj.core.api.Assertions.assertThat;

import io.wickedzerg.clients.testing.MutableClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeadLetterFileTest {

    @TempDir
    Path tmp;

    private final MutableClock clock = MutableClock.atEpochPlus(0);

    private static String body(int i) {
        return "{\"seq\":" + i + ",\"pad\":\"" + "x".repeat(100) + "\"}";
    }

    @Test
    void pastItsCapTheFileKeepsItsFirstLinesAndRefusesTheRest() throws IOException {
        Path file = tmp.resolve("dead-letter/telemetry.jsonl");
        DeadLetterFile deadLetters = new DeadLetterFile(file, clock, 1_000);

        int written = 0;
        int refused = 0;
        for (int i = 0; i < 20; i++) {
            if (deadLetters.append("run:" + i, 400, "Bad Request", 10, body(i))) {
                written++;
            } else {
                refused++;
            }
        }

        assertThat(written).isBetween(1, 19);
        assertThat(refused).isEqualTo(20 - written);
        assertThat(Files.size(file)).isLessThanOrEqualTo(1_000);
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(written);
        assertThat(lines.get(0)).contains("\"batch_id\":\"run:0\"");
        assertThat(lines.get(written - 1)).contains("\"batch_id\":\"run:" + (written - 1) + "\"");
    }

    @Test
    void whatAnEarlierRunLeftCountsAgainstTheCap() throws IOException {
        Path file = tmp.resolve("results.jsonl");
        Files.writeString(file, "x".repeat(950));
        DeadLetterFile deadLetters = new DeadLetterFile(file, clock, 1_000);

        assertThat(deadLetters.append("run:g1", 422, "Unprocessable", 1, body(1))).isFalse();
        assertThat(Files.size(file)).isEqualTo(950);
    }
}
