package io.wickedzerg.bot.model;

/** What spends itself or its time to make a product. */
public enum Producer {
    /** A larva morphs into the unit (an egg in between). */
    LARVA,
    /** A drone turns into the structure and is gone. */
    DRONE,
    /** A hatchery-line structure trains it (queen) or morphs into it (lair). */
    TOWNHALL,
    /** A tech structure researches it. */
    RESEARCH
}
