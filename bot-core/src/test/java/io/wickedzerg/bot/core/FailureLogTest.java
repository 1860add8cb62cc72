package io.wickedzerg.bot.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.wickedzerg.bot.testing.CapturedLog;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class FailureLogTest {

    private final AtomicLong nanos = new AtomicLong();
    private final CapturedLog captured = new CapturedLog();
    private final FailureLog log = new FailureLog(captured.logger(), nanos::get);

    /** Step {@code step} of a game at 22 steps a real second. */
    private void at(int step) {
        nanos.set(step * 1_000_000_000L / 22);
    }

    @Test
    void aManagerFailingEveryStepLogsItsStackOnceThenACountAMinute() {
        int steps = 22 * 130;
        for (int step = 0; step < steps; step++) {
            at(step);
            log.failed("scouting", step * 2L, new IllegalStateException("no scout at step " + step));
            log.tick();
        }
        log.flush();

        assertThat(captured.messages()).containsExactly(
                "manager scouting failed at loop 0; the step goes on (repeats are counted, one line a minute)",
                "manager scouting failed 1320 more times in the last minute: java.lang.IllegalStateException: no scout at step 1320",
                "manager scouting failed 1320 more times in the last minute: java.lang.IllegalStateException: no scout at step 2640",
                "manager scouting failed 219 more times in the last 9 s of the game: java.lang.IllegalStateException: no scout at step 2859");
        assertThat(captured.events().get(0).getThrowableProxy()).as("the first failure's stack").isNotNull();
        assertThat(captured.events().subList(1, 4)).allSatisfy(e -> assertThat(e.getThrowableProxy()).isNull());
    }

    @Test
    void aManagerThatStopsFailingGetsItsCountWhenItsMinuteIsOver() {
        at(0);
        log.failed("combat", 0, new IllegalStateException("a"));
        at(22);
        log.failed("combat", 44, new IllegalStateException("b"));
        at(22 * 60);
        log.tick();
        assertThat(captured.messages()).hasSize(1);

        at(22 * 61);
        log.tick();
        log.flush();

        assertThat(captured.messages()).hasSize(2)
                .last().isEqualTo("manager combat failed 1 more times in the last minute: java.lang.IllegalStateException: b");
    }

    @Test
    void eachManagerHasItsOwnStackAndCount() {
        log.failed("combat", 0, new IllegalStateException("a"));
        log.failed("economy", 0, new IllegalArgumentException("b"));
        log.failed("economy", 2, new IllegalArgumentException("c"));
        log.flush();

        assertThat(captured.messages()).containsExactly(
                "manager combat failed at loop 0; the step goes on (repeats are counted, one line a minute)",
                "manager economy failed at loop 0; the step goes on (repeats are counted, one line a minute)",
                "manager economy failed 1 more times in the last 0 s of the game: java.lang.IllegalArgumentException: c");
    }
}
