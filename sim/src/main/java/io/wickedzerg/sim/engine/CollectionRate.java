package io.wickedzerg.sim.engine;

/**
 * A player's income over the last game minute (1,344 loops), as the score's collection rates report it:
 * collected totals are sampled every {@value #SAMPLE_LOOPS} loops and the rate is the growth since the
 * oldest sample kept, scaled to a minute (early in the game, over the time there is).
 */
final class CollectionRate {
    static final int SAMPLE_LOOPS = 64;
    static final int MINUTE_LOOPS = 1344;
    private static final int SAMPLES = MINUTE_LOOPS / SAMPLE_LOOPS + 1;

    private final long[] loops = new long[SAMPLES];
    private final long[] minerals = new long[SAMPLES];
    private final long[] vespene = new long[SAMPLES];
    private int next;
    private int size;

    /** Records the totals at {@code loop}. */
    void sample(long loop, long collectedMinerals, long collectedVespene) {
        loops[next] = loop;
        minerals[next] = collectedMinerals;
        vespene[next] = collectedVespene;
        next = (next + 1) % SAMPLES;
        size = Math.min(SAMPLES, size + 1);
    }

    float minerals(long loop, long collectedMinerals) {
        return rate(loop, collectedMinerals, minerals);
    }

    float vespene(long loop, long collectedVespene) {
        return rate(loop, collectedVespene, vespene);
    }

    private float rate(long loop, long total, long[] totals) {
        if (size == 0) {
            return 0;
        }
        int oldest = size < SAMPLES ? 0 : next;
        long span = loop - loops[oldest];
        if (span <= 0) {
            return 0;
        }
        return (float) ((total - totals[oldest]) * (double) MINUTE_LOOPS / span);
    }
}
