package io.wickedzerg.sim.engine.view;

/** A unit's weapon, armor and shield upgrade levels, as the SC2 API reports them on visible units. */
public record UpgradeLevels(int attack, int armor, int shield) {
    public static final UpgradeLevels NONE = new UpgradeLevels(0, 0, 0);
}
