package io.wickedzerg.clients.learning;

import java.util.Map;

/**
 * One finished game, as the learning service receives it ({@code POST /api/training}, idempotent on
 * run id + game id). The first five value fields are the original design's.
 *
 * @param gameResult        "Victory", "Defeat", "Tie" or "Undecided"
 * @param gameTime          game seconds at the end (game loops / 22.4)
 * @param buildOrderScore   0..1, how closely the build order was followed
 * @param lossReason        why the game was lost, empty when it was not
 * @param parametersUpdated how many strategy parameters the learner changed after this game
 * @param parameters        the strategy parameters this game was played with
 * @param modelVersion      version of the model those parameters came from
 */
public record GameResult(
        String runId,
        String gameId,
        String gameResult,
        double gameTime,
        double buildOrderScore,
        String lossReason,
        int parametersUpdated,
        Map<String, Double> parameters,
        String modelVersion,
        String opponent,
        String map) {

    /** The same result carrying the learner's count, known only once the result itself is (see parametersUpdated). */
    public GameResult withParametersUpdated(int count) {
        return new GameResult(runId, gameId, gameResult, gameTime, buildOrderScore, lossReason, count, parameters,
                modelVersion, opponent, map);
    }
}
