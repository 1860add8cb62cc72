package io.wickedzerg.bench.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MidGameStepsTest {

    @Test
    void onlyTheSamplesOfTheGamesMiddleHalfCount(@TempDir Path dir) throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add("{\"game_loop\":0,\"kind\":\"game_start\"}");
        lines.add("{\"game_loop\":2,\"kind\":\"sample\",\"step_ms\":114.0}"); // the opening: left out
        for (int i = 1; i <= 100; i++) {
            lines.add("{\"game_loop\":" + (1000 + i) + ",\"kind\":\"sample\",\"step_ms\":" + i / 10.0 + "}");
        }
        lines.add("{\"game_loop\":3900,\"kind\":\"sample\",\"step_ms\":95.0}"); // the end: left out
        Files.createDirectories(dir.resolve("telemetry/run"));
        Files.write(dir.resolve("telemetry/run/g2.jsonl"), lines);

        MidGameSteps steps = MidGameSteps.of(dir, "g2", 4000);

        assertThat(steps).isEqualTo(new MidGameSteps(100, 5.0, 9.9, 10.0));
        assertThatThrownBy(() -> MidGameSteps.of(dir, "g3", 4000)).hasMessageContaining("no telemetry file g3.jsonl");
    }
}
