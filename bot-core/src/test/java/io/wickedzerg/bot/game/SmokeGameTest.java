package io.wickedzerg.bot.game;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.ocraft.s2client.protocol.game.Difficulty;
import com.github.ocraft.s2client.protocol.game.Race;
import io.wickedzerg.bot.testing.Games;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmokeGameTest {

    @Test
    void playsAFullGameToAResult(@TempDir Path data) {
        try (BotRuntime runtime = Games.runtime(data, "smoke")) {
            GameReport report = Games.play(runtime, "Wicked Cove", Race.TERRAN, Difficulty.EASY, 1);
            System.out.println(report);
            assertThat(report.result()).isEqualTo("Victory");
        }
    }
}
