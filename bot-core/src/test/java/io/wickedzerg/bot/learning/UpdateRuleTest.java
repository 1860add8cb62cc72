package io.wickedzerg.bot.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.assertj.core.data.Offset;

class UpdateRuleTest {

    private final UpdateRule rule = new UpdateRule(0.5);
    private final LearnedModel model = LearnedModel.initial(Map.of("attack_supply", 40.0));

    private Map<String, Double> played(double attackSupply) {
        Map<String, Double> p = new HashMap<>(model.parameters());
        p.put("attack_supply", attackSupply);
        return p;
    }

    @Test
    void aWinMovesTheModelTowardsWhatWasPlayed() {
        UpdateRule.Result r = rule.apply(model, played(50), 1.0);

        // 40 + 0.5 * (1 - 0) * (50 - 40)
        assertThat(r.model().parameters().get("attack_supply")).isCloseTo(45.0, Offset.offset(1e-9));
        assertThat(r.parametersUpdated()).isEqualTo(1);
        assertThat(r.model().generation()).isEqualTo(1);
        assertThat(r.model().wins()).isEqualTo(1);
        assertThat(r.model().baseline()).isCloseTo(0.2, Offset.offset(1e-9));
    }

    @Test
    void aLossMovesItAwayAndTheRangeHolds() {
        UpdateRule.Result r = rule.apply(model, played(50), -1.0);
        assertThat(r.model().parameters().get("attack_supply")).isCloseTo(35.0, Offset.offset(1e-9));

        UpdateRule.Result clamped = new UpdateRule(1.0).apply(LearnedModel.initial(Map.of("attack_supply", 15.0)),
                Map.of("attack_supply", 100.0), -1.0);
        assertThat(clamped.model().parameters().get("attack_supply")).isEqualTo(12.0);
    }

    @Test
    void anOutcomeAsGoodAsUsualChangesNothing() {
        LearnedModel usual = new LearnedModel(3, model.parameters(), 1.0, 3, 3);

        UpdateRule.Result r = rule.apply(usual, played(50), 1.0);

        assertThat(r.parametersUpdated()).isZero();
        assertThat(r.model().parameters()).isEqualTo(usual.parameters());
    }

    @Test
    void rewardsAndRate() {
        assertThat(UpdateRule.reward("Victory")).isEqualTo(1.0);
        assertThat(UpdateRule.reward("Defeat")).isEqualTo(-1.0);
        assertThat(UpdateRule.reward("Tie")).isZero();
        assertThatThrownBy(() -> new UpdateRule(0)).hasMessageContaining("learning rate");
    }
}
