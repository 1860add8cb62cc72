package io.wickedzerg.bot.ladder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LadderProgressTest {

    @Test
    void oneLineEachTimeTheGamePassesAMultipleEvenWhenStepsSkipLoops() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LadderProgress progress = new LadderProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), 250);

        for (long loop : new long[] {1, 249, 250, 251, 499, 508, 516, 1300, 1301}) {
            progress.at(loop);
        }

        assertThat(bytes.toString(StandardCharsets.UTF_8).lines())
                .containsExactly("progress game loop 250", "progress game loop 508", "progress game loop 1300");
    }

    @Test
    void anIntervalBelowOneLoopIsRefused() {
        assertThatThrownBy(() -> new LadderProgress(System.out, 0)).hasMessageContaining("every must be >= 1");
    }
}
