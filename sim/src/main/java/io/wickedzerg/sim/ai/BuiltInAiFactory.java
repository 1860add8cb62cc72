package io.wickedzerg.sim.ai;

import io.wickedzerg.sim.engine.ComputerPlayer;
import io.wickedzerg.sim.engine.ComputerPlayerFactory;
import io.wickedzerg.sim.engine.ComputerSpec;

/** Makes the built-in opponent a computer seat asks for: the profile of its race and difficulty. */
public final class BuiltInAiFactory implements ComputerPlayerFactory {
    @Override
    public ComputerPlayer create(ComputerSpec spec) {
        return new BuiltInAi(AiProfiles.of(spec.race(), spec.difficulty()), spec.seed());
    }
}
