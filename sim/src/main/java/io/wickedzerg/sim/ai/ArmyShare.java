package io.wickedzerg.sim.ai;

/** One unit type of an army mix and its weight: the AI trains whatever is furthest below its share. */
public record ArmyShare(int unitType, int weight) {
    public ArmyShare {
        if (weight <= 0) {
            throw new IllegalArgumentException("weight must be positive: " + weight);
        }
    }
}
