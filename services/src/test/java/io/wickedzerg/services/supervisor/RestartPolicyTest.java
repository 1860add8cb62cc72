package io.wickedzerg.services.supervisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RestartPolicyTest {

    @Test
    void defaultsAreHalfASecondDoublingToThirtySecondsAndFiveRestartsPerMinute() {
        RestartPolicy policy = RestartPolicy.defaults();

        assertThat(policy.initialBackoff()).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.factor()).isEqualTo(2.0);
        assertThat(policy.maxBackoff()).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.stablePeriod()).isEqualTo(Duration.ofSeconds(60));
        assertThat(policy.maxRestartsPerWindow()).isEqualTo(5);
        assertThat(policy.window()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void backoffGrowsByTheFactorAndStopsAtTheMaximum() {
        RestartPolicy policy = RestartPolicy.defaults();

        assertThat(policy.backoff(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.backoff(2)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.backoff(3)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.backoff(6)).isEqualTo(Duration.ofSeconds(16));
        assertThat(policy.backoff(7)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.backoff(10_000)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void builderChangesOnlyWhatItIsTold() {
        RestartPolicy policy = RestartPolicy.builder().initialBackoff(Duration.ofMillis(50)).factor(3).build();

        assertThat(policy.backoff(3)).isEqualTo(Duration.ofMillis(450));
        assertThat(policy.maxRestartsPerWindow()).isEqualTo(5);
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> RestartPolicy.builder().factor(0.5).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("factor");
        assertThatThrownBy(() -> RestartPolicy.builder().initialBackoff(Duration.ZERO).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("initialBackoff");
        assertThatThrownBy(() -> RestartPolicy.builder().maxBackoff(Duration.ofMillis(100)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxBackoff");
        assertThatThrownBy(() -> RestartPolicy.builder().maxRestartsPerWindow(-1).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RestartPolicy.defaults().backoff(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
