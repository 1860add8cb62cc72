package io.wickedzerg.services.learning;

import io.wickedzerg.services.http.WireIds;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which optimiser state a model or result belongs to: the global one, or one ladder opponent's (its {@code
 * OpponentId}). Each is one row of {@code optimiser_states}, keyed {@code global} or {@code opponent:<id>}.
 */
record StateKey(Optional<String> opponentId) {

    /** What an opponent id may be: what AI Arena passes, and safe in a version and a row key. */
    static final Pattern OPPONENT_ID = WireIds.ID;
    static final String OPPONENT_ID_RULE = "1-128 of A-Z a-z 0-9 . _ : -, starting with a letter or digit";
    static final StateKey GLOBAL = new StateKey(Optional.empty());
    private static final String OPPONENT_PREFIX = "opponent:";

    StateKey {
        Objects.requireNonNull(opponentId, "opponentId");
        opponentId.ifPresent(id -> {
            if (!OPPONENT_ID.matcher(id).matches()) {
                throw new IllegalArgumentException("opponent id '" + id + "' must be " + OPPONENT_ID_RULE);
            }
        });
    }

    static StateKey opponent(String id) {
        return new StateKey(Optional.of(id));
    }

    boolean isGlobal() {
        return opponentId.isEmpty();
    }

    /** The row's key: {@code global} or {@code opponent:<id>}. */
    String rowKey() {
        return opponentId.map(id -> OPPONENT_PREFIX + id).orElse("global");
    }

    static StateKey ofRowKey(String rowKey) {
        return rowKey.startsWith(OPPONENT_PREFIX) ? opponent(rowKey.substring(OPPONENT_PREFIX.length())) : GLOBAL;
    }

    @Override
    public String toString() {
        return rowKey();
    }
}
