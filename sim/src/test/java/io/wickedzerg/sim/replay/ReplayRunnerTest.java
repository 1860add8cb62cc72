package io.wickedzerg.sim.replay;

import io.wickedzerg.sim.engine.Game;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Re-simulation: the recorded game exactly, every loop seen, and any difference caught at its loop. */
class ReplayRunnerTest {
    private static final List<Long> LIVE_HASHES = new ArrayList<>();
    private static Replay replay;

    @BeforeAll
    static void play() {
        replay = new ScriptedGame(7).play(LIVE_HASHES::add);
    }

    @Test
    void theReplayEndsWhereTheLiveGameEndedWithItsHashAndResults() throws Exception {
        List<Long> replayed = new ArrayList<>();
        ReplayRunner.Result result = ReplayRunner.standard().run(replay, game -> {
            if (game.gameLoop() > 0) {
                replayed.add(game.stateHash());
            }
        });

        assertThat(result.finalLoop()).isEqualTo(ScriptedGame.LOOP_LIMIT).isEqualTo(replay.end().finalLoop());
        assertThat(result.finalHash()).isEqualTo(replay.end().finalHash());
        assertThat(result.results()).isEqualTo(replay.end().results()).containsEntry(1, "Tie");
        assertThat(result.hashesChecked()).isEqualTo(ScriptedGame.LOOP_LIMIT / ReplayRecorder.DEFAULT_HASH_INTERVAL);
        assertThat(replayed).as("the listener saw the live game's state after every loop").isEqualTo(LIVE_HASHES);
    }

    @Test
    void aWrongRecordedHashIsCaughtAtItsLoop() {
        List<LoopHash> hashes = new ArrayList<>(replay.hashes());
        LoopHash tenth = hashes.get(9);
        hashes.set(9, new LoopHash(tenth.loop(), tenth.hash() ^ 1));
        Replay tampered = new Replay(replay.settings(), replay.events(), hashes, replay.end());

        assertThatThrownBy(() -> ReplayRunner.standard().run(tampered, g -> { }))
                .isInstanceOf(ReplayMismatchException.class)
                .hasMessageStartingWith("at loop " + tenth.loop() + ": state hash ")
                .extracting(e -> ((ReplayMismatchException) e).loop()).isEqualTo(tenth.loop());
    }

    @Test
    void aMissingCommandShowsAtTheNextHash() {
        List<ReplayEvent> events = new ArrayList<>(replay.events());
        ReplayEvent dropped = events.remove(0); // the first drone: later commands may be refused and change nothing
        Replay tampered = new Replay(replay.settings(), events, replay.hashes(), replay.end());

        assertThatThrownBy(() -> ReplayRunner.standard().run(tampered, g -> { }))
                .isInstanceOf(ReplayMismatchException.class)
                .satisfies(e -> assertThat(((ReplayMismatchException) e).loop()).isGreaterThan(dropped.loop())
                        .isLessThanOrEqualTo(dropped.loop() + ReplayRecorder.DEFAULT_HASH_INTERVAL));
    }

    @Test
    void runToStopsAtTheLoopWithThatLoopsCommandsGiven() throws Exception {
        Game at = ReplayRunner.standard().runTo(replay, 1000);

        assertThat(at.gameLoop()).isEqualTo(1000);
        assertThat(at.isOver()).isFalse();
        assertThatThrownBy(() -> ReplayRunner.standard().runTo(replay, ScriptedGame.LOOP_LIMIT + 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("allowed 0.." + ScriptedGame.LOOP_LIMIT);
    }
}
