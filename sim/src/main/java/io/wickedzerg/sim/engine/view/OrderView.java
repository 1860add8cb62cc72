package io.wickedzerg.sim.engine.view;

import io.wickedzerg.sim.engine.command.Target;
import java.util.Objects;

/**
 * One order of a unit as players see it: the SC2 ability id, its target (null when none) and, for
 * production, how far along it is (0..1).
 */
public record OrderView(int abilityId, Target target, float progress) {

    // Written out: observations compare units' pictures every loop, and the record's own equals runs a method-handle
    // chain that C1 and the interpreter execute slowly (UnitView says more). Same meaning as the record's.
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof OrderView o && abilityId == o.abilityId
                && Float.floatToIntBits(progress) == Float.floatToIntBits(o.progress)
                && Objects.equals(target, o.target);
    }

    @Override
    public int hashCode() {
        return (31 * abilityId + Objects.hashCode(target)) * 31 + Float.hashCode(progress);
    }
}
