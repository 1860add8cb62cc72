package io.wickedzerg.sim.server;

import static org.assertj.core.api.Assertions.assertThat;

import SC2APIProtocol.Sc2Api.Request.RequestCase;
import io.wickedzerg.sim.replay.BotTimes;
import org.junit.jupiter.api.Test;

class BotTimeMeterTest {
    private static final long MS = 1_000_000;

    @Test
    void aStepIsEveryGapFromTheObservationsAnswerToTheStepRequest() {
        BotTimeMeter meter = joined();
        meter.request(RequestCase.STEP, 10 * MS); // closes the setup: 10 ms since join's answer
        meter.answered(11 * MS);
        meter.request(RequestCase.OBSERVATION, 12 * MS);
        meter.answered(13 * MS);
        meter.request(RequestCase.ACTION, 20 * MS);
        meter.answered(21 * MS);
        meter.request(RequestCase.STEP, 24 * MS);

        BotTimes times = meter.report().orElseThrow();

        assertThat(times.setupMillis()).isEqualTo(10.0);
        assertThat(times.steps()).isEqualTo(1);
        assertThat(times.maxMillis()).isEqualTo(1 + 7 + 3);
    }

    @Test
    void requestsSentBeforeTheLastAnswerWentOutAddNothing() {
        BotTimeMeter meter = joined();
        meter.request(RequestCase.STEP, 1 * MS);
        meter.answered(2 * MS);
        // actions, step and observation sent together after 5 ms of thinking; their answers come later
        meter.request(RequestCase.ACTION, 7 * MS);
        meter.answered(8 * MS);
        meter.request(RequestCase.STEP, 7 * MS);
        meter.answered(9 * MS);
        meter.request(RequestCase.OBSERVATION, 7 * MS);
        meter.answered(10 * MS);
        meter.request(RequestCase.ACTION, 14 * MS);
        meter.answered(15 * MS);
        meter.request(RequestCase.STEP, 14 * MS);

        BotTimes times = meter.report().orElseThrow();

        assertThat(times.steps()).isEqualTo(2);
        assertThat(times.p50Millis()).isEqualTo(4.0);
        assertThat(times.maxMillis()).isEqualTo(5.0);
    }

    @Test
    void stepsOverFortyMillisecondsAreCountedAsStrikes() {
        BotTimeMeter meter = joined();
        meter.request(RequestCase.STEP, 500 * MS); // a long setup is no strike
        long now = 500 * MS;
        long[] steps = {3, 41, 40, 2, 90, 3, 3, 3, 3, 3};
        for (long step : steps) {
            meter.answered(now);
            now += step * MS;
            meter.request(RequestCase.STEP, now);
        }

        BotTimes times = meter.report().orElseThrow();

        assertThat(times.stepsOverLimit()).as("41 and 90; 40 is not over").isEqualTo(2);
        assertThat(times.meanMillis()).isEqualTo(19.1);
        assertThat(times.p50Millis()).isEqualTo(3.0);
        assertThat(times.p99Millis()).isEqualTo(90.0);
        assertThat(times.setupMillis()).isEqualTo(500.0);
    }

    @Test
    void nothingBeforeJoiningCountsAndABotThatNeverSteppedHasNoTimes() {
        BotTimeMeter meter = new BotTimeMeter();
        meter.answered(0);
        meter.request(RequestCase.PING, 900 * MS);
        assertThat(meter.report()).isEmpty();

        meter.request(RequestCase.JOIN_GAME, 900 * MS);
        meter.answered(901 * MS);
        meter.request(RequestCase.OBSERVATION, 903 * MS);
        assertThat(meter.report()).isEmpty();
        meter.answered(904 * MS);
        meter.request(RequestCase.STEP, 904 * MS);

        assertThat(meter.report().orElseThrow().setupMillis()).isEqualTo(2.0);
        assertThat(meter.report().orElseThrow().steps()).isZero();
    }

    private static BotTimeMeter joined() {
        BotTimeMeter meter = new BotTimeMeter();
        meter.request(RequestCase.JOIN_GAME, 0);
        meter.answered(0);
        return meter;
    }
}
