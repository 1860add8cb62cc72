package io.wickedzerg.app.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The games of a run, as functions of its seed, so a resumed run plays the same ones.
 *
 * <p>Each generation draws {@code games_per_candidate} conditions and every candidate of that generation plays
 * those same ones: the candidates are compared on the same seeds, races and maps, so a candidate is not ranked
 * up for drawing an easier game (common random numbers). The race of each game is drawn at random; the maps take
 * turns, so every map comes up in proportion. The evaluation draws its conditions the same way, once, from seeds
 * that training never uses: training seeds are {@code seed·10⁶ + generation·10³ + game + 1}, evaluation seeds
 * {@code seed·10⁶ + 900,000 + game + 1} (so up to 899 generations of up to 999 games per candidate, and up to
 * 99,999 evaluation games, stay apart).
 */
public record LearnPlan(long seed, int gamesPerCandidate, int evalGames, List<String> races, List<String> maps) {

    static final long SEEDS_PER_RUN = 1_000_000;
    static final long EVALUATION_SEEDS = 900_000;
    static final long SEEDS_PER_GENERATION = 1_000;
    /** Random streams: the training races of generation g come from stream g, the evaluation's from this one. */
    private static final long EVALUATION_STREAM = -1;

    public LearnPlan {
        races = List.copyOf(races);
        maps = List.copyOf(maps);
        if (races.isEmpty() || maps.isEmpty()) {
            throw new IllegalArgumentException("a plan needs at least one race and one map");
        }
        if (gamesPerCandidate < 1 || gamesPerCandidate >= SEEDS_PER_GENERATION || evalGames < 0
                || evalGames >= SEEDS_PER_RUN - EVALUATION_SEEDS) {
            throw new IllegalArgumentException("games per candidate must be 1.." + (SEEDS_PER_GENERATION - 1)
                    + " and evaluation games 0.." + (SEEDS_PER_RUN - EVALUATION_SEEDS - 1));
        }
    }

    public static LearnPlan of(LearnSettings settings, List<String> races, List<String> maps) {
        return new LearnPlan(settings.seed(), settings.gamesPerCandidate(), settings.evalGames(), races, maps);
    }

    /** The conditions every candidate of {@code generation} plays, game 0 first. */
    public List<GameCondition> training(int generation) {
        if (generation < 0 || generation * SEEDS_PER_GENERATION >= EVALUATION_SEEDS) {
            throw new IllegalArgumentException("generation must be 0.." + (EVALUATION_SEEDS / SEEDS_PER_GENERATION - 1)
                    + ", was " + generation);
        }
        long first = seed * SEEDS_PER_RUN + generation * SEEDS_PER_GENERATION + 1;
        return draw(first, gamesPerCandidate, (long) generation * gamesPerCandidate, generation);
    }

    /** The conditions every contender of the evaluation plays, game 0 first. */
    public List<GameCondition> evaluation() {
        return draw(seed * SEEDS_PER_RUN + EVALUATION_SEEDS + 1, evalGames, 0, EVALUATION_STREAM);
    }

    private List<GameCondition> draw(long firstSeed, int count, long firstMapTurn, long stream) {
        // one random stream per generation (and one for the evaluation), so a generation's races do not depend on
        // how many games the generations before it had
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + stream);
        List<GameCondition> conditions = new ArrayList<>(count);
        for (int game = 0; game < count; game++) {
            String race = races.get(random.nextInt(races.size()));
            String map = maps.get((int) ((firstMapTurn + game) % maps.size()));
            conditions.add(new GameCondition(firstSeed + game, race, map));
        }
        return List.copyOf(conditions);
    }
}
