package io.wickedzerg.services.learning;

import io.wickedzerg.optimiser.Outcome;
import io.wickedzerg.optimiser.Result;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One game's result as {@code POST /api/training} received it, checked. The optional fields are null when the
 * client did not send them (a bot from before they existed, or one that did not know them).
 *
 * @param gameTime          game seconds at the end
 * @param buildOrderScore   0..1, how closely the build order was followed
 * @param lossReason        why the game was lost; empty when it was not
 * @param parametersUpdated how many parameters the bot's own learner changed after this game
 * @param parameters        the strategy parameters the game was played with
 * @param modelVersion      the version of the model they came from
 * @param buildOrder        the build order played; null when not sent
 * @param opponent          who the game was against
 * @param map               the map's name; null when not sent
 * @param killedValue       resources' worth of enemy units and structures destroyed; null when unknown
 * @param lostValue         resources' worth of own units and structures lost; null when unknown
 */
record TrainingResult(String runId, String gameId, String instanceId, Result result, double gameTime,
                      double buildOrderScore, String lossReason, int parametersUpdated, Map<String, Double> parameters,
                      String modelVersion, String buildOrder, Opponent opponent, String map, Double killedValue,
                      Double lostValue) {

    TrainingResult {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(gameId, "gameId");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(lossReason, "lossReason");
        Objects.requireNonNull(modelVersion, "modelVersion");
        Objects.requireNonNull(opponent, "opponent");
        parameters = Map.copyOf(parameters);
    }

    /**
     * Who a game was against; each part null when not sent.
     *
     * @param label      the bot's own label ("Terran VeryHard", "ladder:ID")
     * @param race       Terran, Zerg, Protoss or Random (built-in AI)
     * @param difficulty VeryEasy … CheatInsane (built-in AI)
     * @param id         the ladder's OpponentId
     */
    record Opponent(String label, String race, String difficulty, String id) {

        Optional<StateKey> key() {
            return Optional.ofNullable(id).map(StateKey::opponent);
        }
    }

    /** What the optimiser scores the game by. */
    Outcome outcome() {
        return new Outcome(result, gameTime, killedValue, lostValue);
    }
}
