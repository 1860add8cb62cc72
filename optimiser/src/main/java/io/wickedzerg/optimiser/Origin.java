package io.wickedzerg.optimiser;

/** How a candidate came to be. */
public enum Origin {
    /** The defaults themselves (first of a population seeded from defaults). */
    DEFAULTS,
    /** A mutated copy of the defaults. */
    MUTATED_DEFAULTS,
    /** Every gene drawn at random within its range: a random initial population, or fresh blood after an environment change. */
    RANDOM,
    /** An elite of the previous generation, carried over unchanged. */
    ELITE,
    /** Crossover of two parents from the previous generation's elite and significant tiers, then mutation. */
    CHILD
}
