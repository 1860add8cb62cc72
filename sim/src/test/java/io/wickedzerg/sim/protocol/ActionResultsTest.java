package io.wickedzerg.sim.protocol;

import SC2APIProtocol.Error;
import com.github.ocraft.s2client.protocol.action.ActionResult;
import io.wickedzerg.sim.engine.command.CommandResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class ActionResultsTest {

    @ParameterizedTest
    @EnumSource(CommandResult.class)
    void everyEngineOutcomeHasTheRealGamesNameAndOcraftReadsIt(CommandResult result) {
        Error.ActionResult wire = ActionResults.toProto(result);

        assertThat(wire.name()).isEqualTo(result.name());
        assertThat(ActionResult.from(wire)).isNotNull();
    }
}
