package io.wickedzerg.sim.ai;

/**
 * When an AI attacks.
 *
 * @param firstAttackLoop  game loop before which it never leaves home
 * @param waveSupply       army supply it gathers before each attack
 * @param retreatSupply    army supply below which an attack falls back home
 */
public record AttackPlan(long firstAttackLoop, int waveSupply, int retreatSupply) {
    public AttackPlan {
        if (waveSupply < 1 || retreatSupply < 0 || retreatSupply >= waveSupply) {
            throw new IllegalArgumentException("invalid attack plan");
        }
    }
}
