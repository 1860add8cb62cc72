package io.wickedzerg.sim.data;

/**
 * An ability that turns a unit into another mode of itself at no cost (siege, lower a depot, land a viking).
 * Unlike a {@link ProductionKind#MORPH} nothing is paid and the change can be undone.
 */
public record ModeSwitch(int abilityId, int fromType, int toType) {
}
