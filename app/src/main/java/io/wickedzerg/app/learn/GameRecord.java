package io.wickedzerg.app.learn;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.wickedzerg.optimiser.Fitness;
import io.wickedzerg.optimiser.Outcome;
import io.wickedzerg.optimiser.Result;
import java.util.Objects;

/**
 * One played game as the journal keeps it: enough to record it in the optimiser again on resume (player, result,
 * game seconds, killed and lost value) and to report it.
 *
 * @param kind        how the game ended for the soak machinery: result, undecided, protocol_timeout, failed, hung
 * @param result      Victory, Defeat or Tie for a game with a result; Undecided for every other kind
 * @param killedValue null when the game reported no score
 * @param lostValue   null when the game reported no score
 * @param fitness     the optimiser's score of the game ({@link Fitness})
 * @param wallSeconds what the game cost: its process's wall time, start-up included
 * @param playSeconds the game itself, from its first step to its end (its summary's wall_seconds)
 * @param folder      the game's files, relative to the run's folder
 */
public record GameRecord(String key, LearnTask.Phase phase, int generation, String player, int game, long seed,
                         String race, String map, String difficulty, String version, String kind, String result,
                         double gameSeconds, Double killedValue, Double lostValue, double fitness, double wallSeconds,
                         double playSeconds, String problem, String folder) {

    public GameRecord {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(player, "player");
        Objects.requireNonNull(result, "result");
    }

    /**
     * The record of {@code task}'s game. A game without a result (undecided, timed out, crashed, hung) counts as
     * undecided, which the optimiser scores as a defeat at its time: a candidate whose games fail must not look good.
     */
    public static GameRecord of(LearnTask task, String difficulty, String kind, String result, double gameSeconds,
                                Double killedValue, Double lostValue, double wallSeconds, double playSeconds,
                                String problem, String folder) {
        String decided = "result".equals(kind) ? result : "Undecided";
        Outcome outcome = new Outcome(Result.parse(decided), gameSeconds, killedValue, lostValue);
        GameCondition c = task.condition();
        return new GameRecord(task.key(), task.phase(), task.generation(), task.player(), task.game(), c.seed(),
                c.race(), c.map(), difficulty, task.version(), kind, decided, gameSeconds, killedValue, lostValue,
                Fitness.of(outcome), wallSeconds, playSeconds, problem, folder);
    }

    @JsonIgnore
    public Outcome outcome() {
        return new Outcome(Result.parse(result), gameSeconds, killedValue, lostValue);
    }

    @JsonIgnore
    public boolean won() {
        return "Victory".equals(result);
    }

    /** The game ended with a victory, defeat or tie (not undecided, crashed or hung). */
    @JsonIgnore
    public boolean decided() {
        return "result".equals(kind);
    }
}
