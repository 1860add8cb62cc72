package io.wickedzerg.clients.learning;

import java.util.Map;

/**
 * One finished game, as the learning service receives it ({@code POST /api/training}, idempotent on
 * run id + game id). The first five value fields are the original design's. Every field after {@code map} may be
 * null: unknown to the bot (a ladder opponent's race), or a result written before the field existed.
 *
 * @param gameResult         "Victory", "Defeat", "Tie" or "Undecided"
 * @param gameTime           game seconds at the end (game loops / 22.4)
 * @param buildOrderScore    0..1, how closely the build order was followed
 * @param lossReason         why the game was lost, empty when it was not
 * @param parametersUpdated  how many strategy parameters the learner changed after this game
 * @param parameters         the strategy parameters this game was played with
 * @param modelVersion       version of the model those parameters came from
 * @param opponent           the bot's label for the opponent ("Terran VeryHard", "ladder:ID")
 * @param buildOrder         id of the build order played
 * @param opponentRace       the built-in AI's race as the game spells it (Terran, Zerg, Protoss, Random)
 * @param opponentDifficulty the built-in AI's difficulty as the game spells it (VeryEasy … CheatInsane)
 * @param opponentId         the ladder's OpponentId
 * @param killedValue        resources' worth of enemy units and structures destroyed (the game's score details)
 * @param lostValue          resources' worth of own units and structures lost (the game's score details)
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
        String map,
        String buildOrder,
        String opponentRace,
        String opponentDifficulty,
        String opponentId,
        Double killedValue,
        Double lostValue) {

    /** A result with the original design's fields and the game's identity; the rest unknown. */
    public GameResult(String runId, String gameId, String gameResult, double gameTime, double buildOrderScore,
                      String lossReason, int parametersUpdated, Map<String, Double> parameters, String modelVersion,
                      String opponent, String map) {
        this(runId, gameId, gameResult, gameTime, buildOrderScore, lossReason, parametersUpdated, parameters,
                modelVersion, opponent, map, null, null, null, null, null, null);
    }

    /** The same result carrying the learner's count, known only once the result itself is (see parametersUpdated). */
    public GameResult withParametersUpdated(int count) {
        return new GameResult(runId, gameId, gameResult, gameTime, buildOrderScore, lossReason, count, parameters,
                modelVersion, opponent, map, buildOrder, opponentRace, opponentDifficulty, opponentId, killedValue,
                lostValue);
    }

    public static Builder builder(String runId, String gameId) {
        return new Builder(runId, gameId);
    }

    /** Names every field, so that none of the many strings and numbers can be passed in the wrong place. */
    public static final class Builder {
        private final String runId;
        private final String gameId;
        private String gameResult;
        private double gameTime;
        private double buildOrderScore;
        private String lossReason = "";
        private int parametersUpdated;
        private Map<String, Double> parameters = Map.of();
        private String modelVersion;
        private String opponent;
        private String map;
        private String buildOrder;
        private String opponentRace;
        private String opponentDifficulty;
        private String opponentId;
        private Double killedValue;
        private Double lostValue;

        private Builder(String runId, String gameId) {
            this.runId = runId;
            this.gameId = gameId;
        }

        public Builder gameResult(String v) { gameResult = v; return this; }
        public Builder gameTime(double v) { gameTime = v; return this; }
        public Builder buildOrderScore(double v) { buildOrderScore = v; return this; }
        public Builder lossReason(String v) { lossReason = v; return this; }
        public Builder parametersUpdated(int v) { parametersUpdated = v; return this; }
        public Builder parameters(Map<String, Double> v) { parameters = v; return this; }
        public Builder modelVersion(String v) { modelVersion = v; return this; }
        public Builder opponent(String v) { opponent = v; return this; }
        public Builder map(String v) { map = v; return this; }
        public Builder buildOrder(String v) { buildOrder = v; return this; }
        public Builder opponentRace(String v) { opponentRace = v; return this; }
        public Builder opponentDifficulty(String v) { opponentDifficulty = v; return this; }
        public Builder opponentId(String v) { opponentId = v; return this; }
        public Builder killedValue(Double v) { killedValue = v; return this; }
        public Builder lostValue(Double v) { lostValue = v; return this; }

        public GameResult build() {
            return new GameResult(runId, gameId, gameResult, gameTime, buildOrderScore, lossReason, parametersUpdated,
                    parameters, modelVersion, opponent, map, buildOrder, opponentRace, opponentDifficulty, opponentId,
                    killedValue, lostValue);
        }
    }
}
