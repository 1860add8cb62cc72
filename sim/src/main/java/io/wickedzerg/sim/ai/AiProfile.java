package io.wickedzerg.sim.ai;

import io.wickedzerg.sim.data.Race;
import io.wickedzerg.sim.engine.Difficulty;
import java.util.Objects;

/**
 * Everything that makes one built-in opponent differ from another: its race, difficulty, how often it acts
 * (reaction time, in game loops) and its economy, army and attack plans.
 */
public record AiProfile(Race race, Difficulty difficulty, int actEveryLoops, EconomyPlan economy, ArmyPlan army,
                        AttackPlan attack) {
    public AiProfile {
        Objects.requireNonNull(race, "race");
        Objects.requireNonNull(difficulty, "difficulty");
        Objects.requireNonNull(economy, "economy");
        Objects.requireNonNull(army, "army");
        Objects.requireNonNull(attack, "attack");
        if (actEveryLoops < 1) {
            throw new IllegalArgumentException("actEveryLoops must be >= 1");
        }
    }
}
