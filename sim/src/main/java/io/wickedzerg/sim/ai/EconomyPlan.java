package io.wickedzerg.sim.ai;

/**
 * How an AI grows its economy.
 *
 * @param workerCap      most workers it ever has
 * @param expandLoop     game loop from which it takes its next base; {@link Long#MAX_VALUE} for never
 * @param maxBases       townhalls it wants at most
 * @param gasBuildings   refineries / extractors / assimilators it wants
 * @param gasLoop        game loop from which it builds them
 */
public record EconomyPlan(int workerCap, long expandLoop, int maxBases, int gasBuildings, long gasLoop) {
    public EconomyPlan {
        if (workerCap < 1 || maxBases < 1 || gasBuildings < 0) {
            throw new IllegalArgumentException("invalid economy plan");
        }
    }
}
