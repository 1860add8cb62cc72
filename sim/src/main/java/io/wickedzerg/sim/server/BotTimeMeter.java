package io.wickedzerg.sim.server;

import SC2APIProtocol.Sc2Api;
import io.wickedzerg.sim.replay.BotTimes;
import java.util.Arrays;
import java.util.Optional;

/**
 * Times one connection's bot as AI Arena's proxy does ({@link BotTimes}): each request adds the time since the last
 * answer the bot was sent, or nothing when it arrived before that answer went out (a client that sends several
 * requests at once waits for none of their answers); a step request closes the step. Used on the game thread only.
 */
final class BotTimeMeter {
    private static final double NANOS_PER_MILLI = 1e6;

    private boolean answered;
    private long lastAnswerNanos;
    private boolean joined;
    private long pendingNanos;
    private long setupNanos = -1;
    private long[] steps = new long[1024];
    private int count;

    /** An answer went out to the bot at {@code nanos}. */
    void answered(long nanos) {
        answered = true;
        lastAnswerNanos = nanos;
    }

    /** A request that arrived at {@code arrivedNanos} is being served. */
    void request(Sc2Api.Request.RequestCase kind, long arrivedNanos) {
        if (kind == Sc2Api.Request.RequestCase.JOIN_GAME) {
            joined = true;
            pendingNanos = 0;
            setupNanos = -1;
            count = 0;
            return;
        }
        if (!joined) {
            return;
        }
        if (answered && arrivedNanos > lastAnswerNanos) {
            pendingNanos += arrivedNanos - lastAnswerNanos;
        }
        if (kind == Sc2Api.Request.RequestCase.STEP) {
            if (setupNanos < 0) {
                setupNanos = pendingNanos;
            } else {
                if (count == steps.length) {
                    steps = Arrays.copyOf(steps, count * 2);
                }
                steps[count++] = pendingNanos;
            }
            pendingNanos = 0;
        }
    }

    /** The times so far; empty when the bot never stepped a game (or only a realtime one, which has no steps). */
    Optional<BotTimes> report() {
        if (setupNanos < 0) {
            return Optional.empty();
        }
        long[] sorted = Arrays.copyOf(steps, count);
        Arrays.sort(sorted);
        long total = 0;
        int over = 0;
        long limit = (long) (BotTimes.STRIKE_MILLIS * NANOS_PER_MILLI);
        for (long step : sorted) {
            total += step;
            if (step > limit) {
                over++;
            }
        }
        return Optional.of(new BotTimes(millis(setupNanos), count, count == 0 ? 0 : millis(total) / count,
                millis(percentile(sorted, 0.50)), millis(percentile(sorted, 0.99)),
                millis(count == 0 ? 0 : sorted[count - 1]), over));
    }

    /** The nearest-rank percentile of sorted values; 0 for none. */
    private static long percentile(long[] sorted, double fraction) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(fraction * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static double millis(long nanos) {
        return nanos / NANOS_PER_MILLI;
    }
}
