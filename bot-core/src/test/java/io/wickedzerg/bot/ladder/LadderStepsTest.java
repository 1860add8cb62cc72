package io.wickedzerg.bot.ladder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LadderStepsTest {

    @Test
    void theCollectionRunsBeforeTheFirstStepOnlyAndEveryStepReachesBothLines() {
        List<String> heard = new ArrayList<>();
        LadderSteps steps = new LadderSteps((snapshot, brain) -> heard.add("first-step line"),
                (snapshot, brain) -> heard.add("progress"), () -> heard.add("collect"));

        steps.beforeFirstStep();
        steps.afterStep(null, null);
        steps.afterStep(null, null);

        assertThat(heard).containsExactly("collect", "first-step line", "progress", "first-step line", "progress");
    }
}
