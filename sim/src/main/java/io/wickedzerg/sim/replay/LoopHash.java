package io.wickedzerg.sim.replay;

/** The state hash ({@link io.wickedzerg.sim.engine.StateHash}) at the end of a loop, before that loop's commands. */
public record LoopHash(long loop, long hash) {
}
