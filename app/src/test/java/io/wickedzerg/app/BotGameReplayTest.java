package io.wickedzerg.app;

import com.github.ocraft.s2client.protocol.game.Difficulty;
import com.github.ocraft.s2client.protocol.game.Race;
import io.wickedzerg.bot.game.BotRuntime;
import io.wickedzerg.bot.game.GameReport;
import io.wickedzerg.bot.game.MatchSpec;
import io.wickedzerg.bot.game.StepListener;
import io.wickedzerg.sim.replay.SavedGame;
import io.wickedzerg.sim.map.BuiltInMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real bot's whole game, saved with a replay folder as {@code play --replay-dir} does, played again by
 * {@code sim replay FILE}: the same final state hash and result; and the summary JSON names the replay and hash.
 */
class BotGameReplayTest {

    @Test
    void theBotsWinReplaysToTheSameHashAndResult(@TempDir Path tmp) throws Exception {
        Path replays = tmp.resolve("replays");
        MatchSpec spec = new MatchSpec(BuiltInMaps.standard().defaultMap().name(), Race.ZERG, Difficulty.EASY, 3, false,
                2, 26_880);
        LocalMatchRunner.RecordedGame played;
        try (BotRuntime runtime = Games.runtime(tmp.resolve("data"), "replay")) {
            played = new LocalMatchRunner(LocalMatchRunner.DEFAULT_REQUEST_TIMEOUT, replays, Optional.empty())
                    .playRecorded(spec, runtime.session(spec, "g1"), StepListener.NONE);
        }
        GameReport report = played.report();
        SavedGame saved = played.saved();
        assertThat(report.result()).isEqualTo("Victory");
        assertThat(saved.replay()).exists().hasParent(replays);
        assertThat(saved.results()).containsEntry(1, "Victory").containsEntry(2, "Defeat");
        // the bot's last observation can be a step before the loop the game ended at
        assertThat(saved.finalLoop()).isBetween(report.gameLoops(), report.gameLoops() + spec.stepSize());

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        long started = System.nanoTime();
        int code = WickedZergCli.execute(new PrintWriter(out, true), new PrintWriter(err, true),
                "sim", "replay", saved.replay().toString());
        System.out.printf("replay of a %d-loop game: %d bytes, re-simulated in %.1f s%n", saved.finalLoop(),
                Files.size(saved.replay()), (System.nanoTime() - started) / 1e9);

        assertThat(code).as(out + "\n" + err).isZero();
        assertThat(out.toString()).contains("final loop " + saved.finalLoop() + "\n")
                .contains("final state hash " + saved.finalHashHex() + "\n")
                .contains("result player 1 player1 Victory, player 2 Computer Easy Defeat\n");

        Path summary = tmp.resolve("summary.json");
        SummaryJson.write(summary, SummaryJson.of("run", List.of(report), null, Map.of(report.gameId(), saved)));
        assertThat(Files.readString(summary)).contains("\"replay\" : \"" + saved.replay() + "\"")
                .contains("\"final_state_hash\" : \"" + saved.finalHashHex() + "\"");
    }
}
