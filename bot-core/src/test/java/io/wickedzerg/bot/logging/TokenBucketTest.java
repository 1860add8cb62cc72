package io.wickedzerg.bot.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private final long[] now = {1_000};
    private final TokenBucket bucket = new TokenBucket(10, 50, () -> now[0]);

    private int acquired(int tries) {
        int taken = 0;
        for (int i = 0; i < tries; i++) {
            if (bucket.tryAcquire()) {
                taken++;
            }
        }
        return taken;
    }

    @Test
    void aFullBucketGivesTheBurstThenRefillsAtTheRate() {
        assertThat(acquired(60)).isEqualTo(50);

        now[0] += 100_000_000; // 0.1 s: one token
        assertThat(acquired(5)).isEqualTo(1);
        now[0] += 1_000_000_000; // 1 s: ten more
        assertThat(acquired(20)).isEqualTo(10);
    }

    @Test
    void refillStopsAtTheBurstAndAClockThatStepsBackAddsNothing() {
        now[0] += 3_600_000_000_000L;
        assertThat(acquired(100)).isEqualTo(50);

        now[0] -= 10_000_000_000L;
        assertThat(bucket.tryAcquire()).isFalse();
        now[0] += 100_000_000;
        assertThat(bucket.tryAcquire()).as("0.1 s after the step back").isTrue();
    }

    @Test
    void nonsenseLimitsAreRefused() {
        assertThatThrownBy(() -> new TokenBucket(0, 5, System::nanoTime)).hasMessageContaining("perSecond");
        assertThatThrownBy(() -> new TokenBucket(1, 0, System::nanoTime)).hasMessageContaining("burst");
    }
}
