package io.wickedzerg.optimiser;

import java.util.SplittableRandom;

/**
 * The random source of one generation, derived from the run's seed and the generation number alone: a state
 * needs no generator internals to go on after a restart, and the same seed and results give the same run.
 */
final class GenerationRandom {

    /** An odd 64-bit constant (the golden ratio's), so that seeds next to each other give unrelated streams. */
    private static final long MIX = 0x9E3779B97F4A7C15L;

    private GenerationRandom() {
    }

    static SplittableRandom of(long seed, int generation) {
        return new SplittableRandom(seed * MIX + generation);
    }
}
