package io.wickedzerg.sim.replay.view;

import java.util.Objects;

/**
 * One unit in a {@link Frame}.
 *
 * @param owner  player id; 16 for neutral units, as in the SC2 API
 * @param life   health plus shields as a fraction of their maximum, 0..1 (1 for units without either)
 * @param buildProgress 0..1; 1 for finished units
 */
public record FrameUnit(long tag, int type, String typeName, int owner, double x, double y, float radius,
                        UnitKind kind, boolean flying, float life, float buildProgress) {
    public FrameUnit {
        Objects.requireNonNull(typeName, "typeName");
        Objects.requireNonNull(kind, "kind");
    }

    public boolean structure() {
        return kind.structure();
    }
}
