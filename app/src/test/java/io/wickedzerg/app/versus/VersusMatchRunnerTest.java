package io.wickedzerg.app.versus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.ocraft.s2client.protocol.game.Race;
import io.wickedzerg.app.Games;
import io.wickedzerg.bot.game.BotRuntime;
import io.wickedzerg.bot.game.MatchSpec;
import io.wickedzerg.bot.game.StepListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bot-vs-bot game whose other bot never gets into the game: one clear error naming its output, and it is gone. */
class VersusMatchRunnerTest {
    private static final MatchSpec MATCH = new MatchSpec("Wicked Cove", Race.RANDOM, null, 1, false, 2, 2000);

    private static VersusMatchRunner runner(String command, Duration joinTimeout, Path workDir) {
        return new VersusMatchRunner(new VersusMatchRunner.Settings(command, joinTimeout, Duration.ofSeconds(10), workDir,
                Map.of(), null, null));
    }

    @Test
    void aBotThatExitsBeforeJoiningFailsTheGameWithItsExitCodeAndLog(@TempDir Path tmp) {
        Path log = tmp.resolve("versus/opponent.log");
        try (BotRuntime runtime = Games.runtime(tmp.resolve("data"), "exits")) {
            // prints its arguments, so the log shows the ladder flags it was given
            assertThatThrownBy(() -> runner("echo \"args:\"; echo", Duration.ofSeconds(60), tmp)
                    .play(MATCH, runtime.session(MATCH, "g1"), StepListener.NONE, log))
                    .isInstanceOf(VersusException.class)
                    .hasMessageStartingWith("--vs-bot: the other bot did not join the game within 60 s")
                    .hasMessageContaining("its process exited with 0")
                    .hasMessageEndingWith("its output: " + log.toAbsolutePath());
        }
        assertThat(log).content().containsPattern(
                "--LadderServer 127\\.0\\.0\\.1 --GamePort (\\d+) --StartPort \\1 --OpponentId WickedZerg");
    }

    @Test
    void aBotThatNeverJoinsIsKilledAfterTheJoinTimeout(@TempDir Path tmp) throws Exception {
        Path log = tmp.resolve("opponent.log");
        Path pidFile = tmp.resolve("pid");
        try (BotRuntime runtime = Games.runtime(tmp.resolve("data"), "hangs")) {
            assertThatThrownBy(() -> runner("echo $$ > pid; exec sleep 600 #", Duration.ofSeconds(2), tmp)
                    .play(MATCH, runtime.session(MATCH, "g1"), StepListener.NONE, log))
                    .isInstanceOf(VersusException.class)
                    .hasMessageStartingWith("--vs-bot: the other bot did not join the game within 2 s (--vs-bot-join-timeout)")
                    .hasMessageContaining("its process still running");
        }
        long pid = Long.parseLong(Files.readString(pidFile).strip());
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).as("killed").isFalse();
    }
}
