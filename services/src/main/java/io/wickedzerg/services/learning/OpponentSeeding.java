package io.wickedzerg.services.learning;

import io.wickedzerg.optimiser.Best;
import io.wickedzerg.optimiser.Optimiser;
import io.wickedzerg.optimiser.OptimiserState;
import io.wickedzerg.optimiser.ParameterSpace;
import io.wickedzerg.optimiser.ParameterSpec;
import java.util.List;

/**
 * A ladder opponent's first state: generation 0 seeded, as a new global state is from the defaults, from the global
 * state's best at that moment (the best and mutated copies of it) with the global state's settings. What was
 * learned against everyone is where learning against this one opponent starts.
 */
final class OpponentSeeding {

    private OpponentSeeding() {
    }

    static OptimiserState from(Optimiser optimiser, OptimiserState global, long seed) {
        Best best = global.best();
        ParameterSpace space = global.space();
        List<ParameterSpec> around = space.parameters().stream().map(p -> new ParameterSpec(p.key(),
                best.genome().value(p.key()), p.min(), p.max(), p.integer())).toList();
        ParameterSpace seeded = new ParameterSpace(around, space.buildOrders(), best.genome().buildOrder());
        return optimiser.startFromDefaults(seeded, global.settings(), seed);
    }
}
