package io.wickedzerg.sim.engine.view;

/** A unit's weapon, armor and shield upgrade levels, as the SC2 API reports them on visible units. */
public record UpgradeLevels(int attack, int armor, int shield) {
    public static final UpgradeLevels NONE = new UpgradeLevels(0, 0, 0);

    // Written out: observations compare units' pictures every loop, and the record's own equals runs a method-handle
    // chain that C1 and the interpreter execute slowly (UnitView says more). Same meaning as the record's.
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof UpgradeLevels o && attack == o.attack && armor == o.armor
                && shield == o.shield;
    }

    @Override
    public int hashCode() {
        return (31 * attack + armor) * 31 + shield;
    }
}
