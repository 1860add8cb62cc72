package io.wickedzerg.optimiser;

/** Where a candidate ranked in its generation. */
public enum Tier {
    /** Top share (10 % by default, at least one): carried into the next generation unchanged, and a parent. */
    ELITE,
    /** The next share (40 % by default): parents of the next generation. */
    SIGNIFICANT,
    /** The rest: not bred from. */
    DEPRECATED
}
