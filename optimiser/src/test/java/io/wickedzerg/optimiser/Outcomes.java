package io.wickedzerg.optimiser;

/** Outcomes made to score an exact fitness (see {@link Fitness}; killed and lost unknown, so trade adds 0.1). */
final class Outcomes {

    private Outcomes() {
    }

    /** A victory scoring {@code fitness}, which must be in (1.1, 1.9]. */
    static Outcome victoryScoring(double fitness) {
        double speed = (fitness - 1.1) / 0.8;
        return Outcome.of(Result.VICTORY, 600 * (1 / speed - 1));
    }

    /** A defeat scoring {@code fitness}, which must be in [0.1, 0.9). */
    static Outcome defeatScoring(double fitness) {
        double endurance = (fitness - 0.1) / 0.8;
        return Outcome.of(Result.DEFEAT, 600 * (1 / (1 - endurance) - 1));
    }

    /** A victory or a defeat scoring {@code fitness}: (1.1, 1.9] or [0.1, 0.9). */
    static Outcome scoring(double fitness) {
        return fitness > 1.1 ? victoryScoring(fitness) : defeatScoring(fitness);
    }
}
