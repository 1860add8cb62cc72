package io.wickedzerg.services.learning;

import io.wickedzerg.optimiser.OptimiserState;
import java.util.Objects;

/** A state as read from its row, with the revision a write must find unchanged. */
record StoredState(StateKey key, OptimiserState state, long revision) {

    StoredState {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(state, "state");
    }
}
