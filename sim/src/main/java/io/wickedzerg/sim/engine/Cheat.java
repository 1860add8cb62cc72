package io.wickedzerg.sim.engine;

/**
 * The game-state cheats of the SC2 API's {@code DebugGameState}, as the real game applies them to the player who
 * sends them. Toggles switch on with one request and off with the next; gifts add to the bank each time.
 */
public enum Cheat {
    /** Full vision of the map. */
    SHOW_MAP(true),
    /** Command the enemy's units as one's own (not simulated here: accepted and ignored). */
    CONTROL_ENEMY(true),
    /** Supply is not checked. */
    FOOD(true),
    /** Units, structures and researches cost nothing. */
    FREE(true),
    /** +5000 minerals and +5000 vespene. */
    ALL_RESOURCES(false),
    /** The player's units and structures take no damage. */
    GOD(true),
    /** +5000 minerals. */
    MINERALS(false),
    /** +5000 vespene. */
    GAS(false),
    /** Weapons fire without cooling down. */
    COOLDOWN(true),
    /** Tech requirements (buildings and earlier upgrade levels) are ignored. */
    TECH_TREE(true),
    /** Researches the next level of every upgrade of the player's race at once (not a toggle). */
    UPGRADE(false),
    /** Construction, training, morphs and research run {@link DebugCommands#FAST_BUILD_RATE} times faster. */
    FAST_BUILD(true);

    private final boolean toggle;

    Cheat(boolean toggle) {
        this.toggle = toggle;
    }

    /** Whether the cheat stays on until sent again, rather than acting once. */
    public boolean toggle() {
        return toggle;
    }
}
