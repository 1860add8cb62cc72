package io.wickedzerg.app.learn;

import io.wickedzerg.optimiser.Genome;
import java.util.Objects;

/**
 * One game to play: who plays it (a candidate of the current generation, or a contender of the evaluation), with
 * which parameter set, under which condition.
 *
 * @param key       names the game in the journal and its folder; a game whose key is in the journal is played
 * @param generation the candidate's generation; -1 for the evaluation
 * @param player    the candidate's id (g3-c05) or the contender's name (best, median, defaults)
 * @param game      which of the player's games: the index of its condition
 */
public record LearnTask(String key, Phase phase, int generation, String player, int game, Genome genome,
                        GameCondition condition) {

    /** Where a game belongs. */
    public enum Phase { TRAINING, EVALUATION }

    public LearnTask {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(player, "player");
        Objects.requireNonNull(genome, "genome");
        Objects.requireNonNull(condition, "condition");
    }

    public static LearnTask training(String candidateId, int generation, int game, Genome genome,
                                     GameCondition condition) {
        return new LearnTask("train-" + candidateId + "-game" + (game + 1), Phase.TRAINING, generation, candidateId,
                game, genome, condition);
    }

    public static LearnTask evaluation(String contender, int game, Genome genome, GameCondition condition) {
        return new LearnTask("eval-" + contender + "-game" + (game + 1), Phase.EVALUATION, -1, contender, game, genome,
                condition);
    }

    /** The version the game reports: which parameter set was played ({@code learn-g3-c05}, {@code learn-best}). */
    public String version() {
        return "learn-" + player;
    }
}
