package io.wickedzerg.services.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wickedzerg.optimiser.Result;
import io.wickedzerg.services.http.ApiError;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Every field of a training result is checked and named when it is wrong. */
class TrainingParserTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final TrainingParser parser = new TrainingParser(JSON, 100);

    private static ObjectNode complete() {
        ObjectNode body = JSON.createObjectNode();
        body.put("run_id", "wz-0-1700000000").put("game_id", "g-1").put("instance_id", "wz-0")
                .put("game_result", "victory").put("game_time", 612.5).put("build_order_score", 0.8)
                .put("loss_reason", "").put("parameters_updated", 3).put("model_version", "svc-g0-c01-0a1b2c3d")
                .put("build_order", "12-pool").put("opponent", "Terran VeryHard").put("opponent_race", "TERRAN")
                .put("opponent_difficulty", "very_hard").put("opponent_id", "bot-7").put("map", "Wicked Cove")
                .put("killed_value", 1500).put("lost_value", 900.5);
        body.putObject("parameters").put("drone_target", 44).put("retreat_fraction", 0.35);
        return body;
    }

    private TrainingResult parse(ObjectNode body) {
        return parser.parse(body.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsEveryFieldAndSpellsNamesAsTheGameDoes() {
        TrainingResult r = parse(complete());

        assertThat(r.runId()).isEqualTo("wz-0-1700000000");
        assertThat(r.result()).isEqualTo(Result.VICTORY);
        assertThat(r.gameTime()).isEqualTo(612.5);
        assertThat(r.parametersUpdated()).isEqualTo(3);
        assertThat(r.parameters()).isEqualTo(Map.of("drone_target", 44.0, "retreat_fraction", 0.35));
        assertThat(r.opponent()).isEqualTo(new TrainingResult.Opponent("Terran VeryHard", "Terran", "VeryHard", "bot-7"));
        assertThat(r.killedValue()).isEqualTo(1500.0);
        assertThat(r.lostValue()).isEqualTo(900.5);
        assertThat(r.outcome().killedValue()).isEqualTo(1500.0);
    }

    @Test
    void theFieldsAnOlderBotDidNotSendMayBeMissingOrNull() {
        ObjectNode older = complete();
        older.remove(java.util.List.of("build_order", "opponent_race", "opponent_difficulty", "opponent_id", "map",
                "instance_id", "lost_value"));
        older.putNull("killed_value");
        TrainingResult r = parse(older);

        assertThat(r.buildOrder()).isNull();
        assertThat(r.opponent().key()).isEmpty();
        assertThat(r.killedValue()).isNull();
        assertThat(r.outcome().lostValue()).isNull();
    }

    @Test
    void eachBadFieldIsNamedWithWhatItAllows() {
        refused(b -> b.remove("run_id"), "run_id", "is required");
        refused(b -> b.put("game_id", "has space"), "game_id", "must be a string of 1-128 of A-Z a-z 0-9 . _ : -,"
                + " starting with a letter or digit");
        refused(b -> b.put("game_result", "won"), "game_result", "must be one of Victory, Defeat, Tie, Undecided");
        refused(b -> b.put("game_time", -1), "game_time", "must be a number from 0 to 86400");
        refused(b -> b.put("game_time", "600"), "game_time", "must be a number from 0 to 86400");
        refused(b -> b.put("build_order_score", 1.5), "build_order_score", "must be a number from 0 to 1");
        refused(b -> b.putNull("loss_reason"), "loss_reason", "is required");
        refused(b -> b.put("loss_reason", "x".repeat(101)), "loss_reason",
                "is over the limit of 100 characters (max_field_chars)");
        refused(b -> b.put("parameters_updated", 2.5), "parameters_updated", "must be a whole number >= 0");
        refused(b -> b.put("parameters", 3), "parameters", "must be an object of parameter names to numbers");
        refused(b -> b.with("parameters").put("drone_target", "many"), "parameters.drone_target", "must be a number");
        refused(b -> b.put("model_version", "has space"), "model_version", "must be a string of 1-300 printable"
                + " characters without spaces (the version of the model the game played)");
        refused(b -> b.put("build_order", "../etc"), "build_order", "must be a build order id: 1-64 of A-Z a-z 0-9"
                + " . _ -, starting with a letter or digit");
        refused(b -> b.put("opponent_difficulty", "Insane"), "opponent_difficulty", "must be one of VeryEasy, Easy,"
                + " Medium, MediumHard, Hard, Harder, VeryHard, CheatVision, CheatMoney, CheatInsane, or null when"
                + " unknown");
        refused(b -> b.put("opponent_id", ""), "opponent_id", "must be a string of 1-128 of A-Z a-z 0-9 . _ : -,"
                + " starting with a letter or digit");
        refused(b -> b.put("killed_value", -5), "killed_value", "must be a number >= 0, or null when unknown");
        refused(b -> b.put("lost_value", true), "lost_value", "must be a number >= 0, or null when unknown");
        refused(b -> b.put("map", 7), "map", "must be a string");
    }

    @Test
    void aBodyThatIsNoObjectIsRefused() {
        assertThatThrownBy(() -> parser.parse("[1]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.field()).isEqualTo("body"));
        assertThatThrownBy(() -> parser.parse("{".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.problem()).startsWith("not valid JSON"));
    }

    private void refused(Consumer<ObjectNode> change, String field, String problem) {
        ObjectNode body = complete();
        change.accept(body);
        assertThatThrownBy(() -> parse(body)).as(field).isInstanceOfSatisfying(ApiError.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.problem()).isEqualTo(problem);
        });
    }
}
