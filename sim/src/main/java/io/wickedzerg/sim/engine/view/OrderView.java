package io.wickedzerg.sim.engine.view;

import io.wickedzerg.sim.engine.command.Target;

/**
 * One order of a unit as players see it: the SC2 ability id, its target (null when none) and, for
 * production, how far along it is (0..1).
 */
public record OrderView(int abilityId, Target target, float progress) {
}
