package io.wickedzerg.sim.map.recorded;

import io.wickedzerg.sim.data.ResourceKind;
import io.wickedzerg.sim.data.UnitFacts;
import io.wickedzerg.sim.map.Point2;
import io.wickedzerg.sim.map.ResourceSpot;

/** A neutral unit of the recorded observation, with the facts of its type and what it holds (0 when nothing). */
record ObservedNeutral(UnitFacts facts, Point2 position, float radius, int amount) {

    boolean isResource() {
        return facts.resource() != ResourceKind.NONE;
    }

    boolean isGeyser() {
        return facts.resource() == ResourceKind.VESPENE;
    }

    ResourceSpot spot() {
        return new ResourceSpot(facts.id(), position, amount);
    }
}
