package io.wickedzerg.sim.engine.command;

import io.wickedzerg.sim.map.Point2;

import java.util.Objects;

/** Where an order points: a place on the map or a unit. */
public sealed interface Target {

    record At(Point2 point) implements Target {
        public At {
            Objects.requireNonNull(point, "point");
        }
    }

    record OnUnit(long tag) implements Target {
    }

    static Target at(float x, float y) {
        return new At(new Point2(x, y));
    }

    static Target unit(long tag) {
        return new OnUnit(tag);
    }
}
