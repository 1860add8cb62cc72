package io.wickedzerg.services.learning;

/** How a new optimiser state's generation 0 is made. */
public enum StartMode {
    /** The defaults of strategy-defaults.json and mutated copies of them. */
    DEFAULTS,
    /** Parameter sets drawn at random over the whole ranges. */
    RANDOM
}
