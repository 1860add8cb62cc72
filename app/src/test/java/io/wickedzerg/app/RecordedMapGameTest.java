package io.wickedzerg.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.ocraft.s2client.protocol.game.Difficulty;
import com.github.ocraft.s2client.protocol.game.Race;
import io.wickedzerg.bot.game.BotRuntime;
import io.wickedzerg.bot.game.GameReport;
import io.wickedzerg.bot.game.MatchSpec;
import io.wickedzerg.bot.game.StepListener;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code play --map-file}: the bot plays a whole game on a recorded ladder map (the real-SC2 fixtures). */
class RecordedMapGameTest {

    /** The fixtures folder as the sim tests find it (SC2_FIXTURES, else the build's default); skipped without it. */
    private static Path fixtures() {
        String env = System.getenv("SC2_FIXTURES");
        Path folder = env != null && !env.isBlank() ? ProjectFiles.root().resolve(env)
                : Path.of(System.getProperty("wz.sc2FixturesDefault", "../shared/sc2-fixtures"));
        assumeTrue(Files.isDirectory(folder), "real SC2 fixtures not found at " + folder + "; set SC2_FIXTURES");
        return folder;
    }

    @Test
    void theBotBeatsEasyTerranOnARecordedLadderMap(@TempDir Path data) {
        Path map = fixtures().resolve("AbyssalReefLE");
        try (BotRuntime runtime = Games.runtime(data, "recorded-map")) {
            MatchSpec spec = new MatchSpec("AbyssalReefLE", Race.TERRAN, Difficulty.EASY, 11, false, 2, 26_880);
            GameReport report = new LocalMatchRunner(LocalMatchRunner.DEFAULT_REQUEST_TIMEOUT, null, Optional.of(map))
                    .play(spec, runtime.session(spec, "recorded-abyssal"), StepListener.NONE);

            assertThat(report.map()).isEqualTo("AbyssalReefLE");
            assertThat(report.stepTimes().totalFailures()).isZero();
            assertThat(report.result()).as("after %.0f game seconds", report.gameSeconds()).isEqualTo("Victory");
        }
    }

    @Test
    void aMissingMapFileIsExit2NamingTheFlagAndTheFile(@TempDir Path empty) {
        StringWriter err = new StringWriter();
        int code = WickedZergCli.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "play", "--map-file", empty.resolve("NoSuchLE").toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--map-file: recorded map NoSuchLE").contains("NoSuchLE.game_info.pb is missing");
    }
}
