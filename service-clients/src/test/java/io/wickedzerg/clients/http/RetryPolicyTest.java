package io.wickedzerg.clients.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wickedzerg.config.HybridConfig;
import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void fromConfigRetriesRetryAttemptsTimesStartingAtRetryDelay() {
        HybridConfig config = HybridConfig.builder().retryAttempts(4).retryDelay(Duration.ofSeconds(2)).build();
        RetryPolicy policy = RetryPolicy.from(config);
        assertThat(policy.maxAttempts()).isEqualTo(5);
        assertThat(policy.initialBackoff()).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.maxBackoff()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void backoffGrowsByTheMultiplierIsCappedAndJitteredIntoTheUpperHalf() {
        RetryPolicy policy = new RetryPolicy(6, Duration.ofSeconds(1), 1.5, Duration.ofSeconds(5),
                Duration.ofSeconds(10));
        SplittableRandom random = new SplittableRandom(7);
        double[] full = {1.0, 1.5, 2.25, 3.375, 5.0, 5.0};
        for (int retry = 1; retry <= 6; retry++) {
            for (int sample = 0; sample < 200; sample++) {
                Duration wait = policy.backoff(retry, random);
                long fullMillis = (long) (full[retry - 1] * 1000);
                assertThat(wait.toMillis()).as("retry %d", retry).isBetween(fullMillis / 2, fullMillis);
            }
        }
    }

    @Test
    void retryAfterIsCapped() {
        RetryPolicy policy = new RetryPolicy(3, Duration.ofMillis(100), 2, Duration.ofSeconds(1), Duration.ofSeconds(10));
        assertThat(policy.capRetryAfter(Duration.ofHours(1))).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.capRetryAfter(Duration.ofSeconds(3))).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void invalidValuesAreRefusedNamingTheField() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, 1, Duration.ZERO, Duration.ZERO))
                .hasMessageContaining("maxAttempts").hasMessageContaining(">= 1");
        assertThatThrownBy(() -> new RetryPolicy(1, Duration.ZERO, 0.5, Duration.ZERO, Duration.ZERO))
                .hasMessageContaining("multiplier");
    }
}
