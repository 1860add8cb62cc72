package io.wickedzerg.sim.replay.view;

import io.wickedzerg.sim.engine.Game;
import io.wickedzerg.sim.engine.TestGames;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FrameRecorderTest {

    @Test
    void keepsLoopZeroEveryKthLoopAndTheLastLoopOfAFinishedGameOnce() {
        Game game = TestGames.zergAgainstIdleTerran();
        FrameRecorder recorder = new FrameRecorder(16);
        recorder.accept(game);
        for (int i = 0; i < 40; i++) {
            game.step(1);
            recorder.accept(game);
            recorder.accept(game); // a listener called twice at one loop keeps one frame
        }
        game.surrender(2);
        recorder.accept(game);
        game.step(1); // over: the loop stays
        recorder.accept(game);

        List<Frame> frames = recorder.frames();
        assertThat(frames).extracting(Frame::loop).containsExactly(0L, 16L, 32L, 40L);
        FrameUnit mineralAtFirst = frames.get(0).units().stream().filter(u -> u.kind() == UnitKind.MINERALS)
                .findFirst().orElseThrow();
        assertThat(frames.get(3).units()).as("an unchanged unit is kept once")
                .anySatisfy(u -> assertThat(u).isSameAs(mineralAtFirst));
        assertThat(recorder.everyLoops()).isEqualTo(16);
        assertThat(new FrameRecorder().everyLoops()).isEqualTo(FrameRecorder.DEFAULT_EVERY_LOOPS);
    }

    @Test
    void refusesAnIntervalThatIsNotPositive() {
        assertThatThrownBy(() -> new FrameRecorder(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("everyLoops must be a positive number of game loops, got 0");
    }
}
