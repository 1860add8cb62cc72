package io.wickedzerg.sim.protocol;

import SC2APIProtocol.Error;
import io.wickedzerg.sim.engine.command.CommandResult;

/** The wire value of an engine outcome, for action responses, observations' action errors and placement queries. */
public final class ActionResults {
    private ActionResults() {
    }

    public static Error.ActionResult toProto(CommandResult result) {
        // CommandResult's names are ActionResult's (a test checks every one), so no outcome can fail to encode
        return Error.ActionResult.valueOf(result.name());
    }
}
