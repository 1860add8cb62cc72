package io.wickedzerg.app.learn;

import io.wickedzerg.optimiser.ParameterSpace;
import io.wickedzerg.optimiser.ParameterSpec;
import java.util.List;

/** A small space and settings for the learn tests, and a made-up opponent that favours some parameter sets. */
final class LearnFixtures {

    static final List<String> RACES = List.of("Terran", "Zerg", "Protoss");
    static final List<String> MAPS = List.of("Wicked Cove", "Creep Ridge", "Hive Expanse");

    private LearnFixtures() {
    }

    static ParameterSpace space() {
        return new ParameterSpace(List.of(
                new ParameterSpec("drone_target", 50, 20, 75, true),
                new ParameterSpec("attack_supply", 36, 12, 120, true),
                new ParameterSpec("retreat_fraction", 0.35, 0.1, 0.8, false)),
                List.of("12-pool", "hatch-gas-pool", "roach-timing"), "hatch-gas-pool");
    }

    static LearnSettings settings(int generations, int population, int gamesPerCandidate, int evalGames) {
        return new LearnSettings(7, generations, population, gamesPerCandidate, evalGames, "VeryHard", 80640, 10, 900);
    }

    /**
     * Wins when drone_target is above 50 (a made-up opponent: the defaults sit just below the line); the sooner the
     * higher attack_supply; trades by the seed. Deterministic, so runs can be compared game by game.
     */
    static GameRecord play(LearnTask task) {
        boolean won = task.genome().value("drone_target") > 50;
        double seconds = 900 - 4 * task.genome().value("attack_supply");
        double killed = 1000 + task.condition().seed() % 997;
        return GameRecord.of(task, "VeryHard", "result", won ? "Victory" : "Defeat", seconds, killed, 1500.0, 20, 15,
                "", "games/" + task.key());
    }
}
