package io.wickedzerg.app.learn;

import io.wickedzerg.optimiser.OptimiserSettings;

/**
 * What a learning run is, fixed when it starts and stored in its folder ({@code learn-run.json}), so a resumed run
 * plays on exactly as it began. How many games run at a time is not part of it: that changes no result.
 *
 * @param seed               the optimiser's seed, and the root of every game's seed, race and map
 * @param generations        generations to play before the evaluation
 * @param population         candidates per generation
 * @param gamesPerCandidate  games each candidate plays in a generation before it is scored
 * @param evalGames          evaluation games per contender, on seeds training never used
 * @param difficulty         the built-in AI's level, in the game's spelling (VeryHard)
 * @param loopLimit          game loops after which the server calls a game a tie
 * @param requestTimeout     seconds a game waits for an answer of its server before it ends undecided
 * @param gameTimeout        wall seconds after which a game's process is killed as hung
 */
public record LearnSettings(long seed, int generations, int population, int gamesPerCandidate, int evalGames,
                            String difficulty, long loopLimit, double requestTimeout, long gameTimeout) {

    /** The three contenders of the evaluation: the final best, the initial median and the defaults. */
    public static final int CONTENDERS = 3;

    public OptimiserSettings optimiserSettings() {
        return OptimiserSettings.builder().populationSize(population).gamesPerCandidate(gamesPerCandidate).build();
    }

    public int trainingGames() {
        return generations * population * gamesPerCandidate;
    }

    public int evaluationGames() {
        return CONTENDERS * evalGames;
    }

    public int totalGames() {
        return trainingGames() + evaluationGames();
    }
}
