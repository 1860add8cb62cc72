package io.wickedzerg.sim.engine;

/**
 * What a computer level gets beyond its play, as the real game's cheating levels do: CheatVision sees the whole
 * map, CheatMoney earns more from each harvest trip, CheatInsane has both and produces faster. Every other level
 * (and every participant) plays by the rules: {@link #NONE}.
 *
 * <p>The numbers are ours, chosen to be visible and documented here, since Blizzard publishes none: a trip's cargo
 * counts {@value #CHEAT_HARVEST_MULTIPLIER} times when it is dropped off (double mining; the one figure we found in
 * writing, an old player report, gives Wings of Liberty's Insane AI 7 minerals a trip instead of 5), and
 * CheatInsane builds, trains, morphs and researches at {@value #INSANE_PRODUCTION_SPEED} times the normal rate
 * (larva and inject timers, energy and movement are unchanged).
 *
 * @param fullVision         every cell is visible to the player at every vision update: no fog
 * @param harvestMultiplier  what one carried mineral or vespene is worth at the drop-off (1 = the rules)
 * @param productionSpeed    game loops of progress a structure, queue item or egg makes per game loop (1 = the rules)
 */
public record Cheats(boolean fullVision, int harvestMultiplier, double productionSpeed) {
    public static final int CHEAT_HARVEST_MULTIPLIER = 2;
    public static final double INSANE_PRODUCTION_SPEED = 1.5;
    public static final Cheats NONE = new Cheats(false, 1, 1.0);
    static final Cheats VISION = new Cheats(true, 1, 1.0);
    static final Cheats MONEY = new Cheats(false, CHEAT_HARVEST_MULTIPLIER, 1.0);
    static final Cheats INSANE = new Cheats(true, CHEAT_HARVEST_MULTIPLIER, INSANE_PRODUCTION_SPEED);

    public Cheats {
        if (harvestMultiplier < 1) {
            throw new IllegalArgumentException("harvestMultiplier must be >= 1, got " + harvestMultiplier);
        }
        if (!(productionSpeed >= 1.0)) {
            throw new IllegalArgumentException("productionSpeed must be >= 1, got " + productionSpeed);
        }
    }

    /** The cheats of a seat: a computer's come with its level, a participant never cheats. */
    static Cheats of(PlayerSlot slot) {
        return slot.computer() ? slot.difficulty().cheats() : NONE;
    }
}
