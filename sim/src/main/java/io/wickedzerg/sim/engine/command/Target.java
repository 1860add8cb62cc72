package io.wickedzerg.sim.engine.command;

import io.wickedzerg.sim.map.Point2;

import java.util.Objects;

/** Where an order points: a place on the map or a unit. */
public sealed interface Target {

    record At(Point2 point) implements Target {
        public At {
            Objects.requireNonNull(point, "point");
        }

        // Written out, as Point2's: the record's own equals runs a method-handle chain that C1 executes slowly.
        @Override
        public boolean equals(Object other) {
            return this == other || other instanceof At o && point.equals(o.point);
        }

        @Override
        public int hashCode() {
            return point.hashCode();
        }
    }

    record OnUnit(long tag) implements Target {
        // Written out, as Point2's: the record's own equals runs a method-handle chain that C1 executes slowly.
        @Override
        public boolean equals(Object other) {
            return this == other || other instanceof OnUnit o && tag == o.tag;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(tag);
        }
    }

    static Target at(float x, float y) {
        return new At(new Point2(x, y));
    }

    static Target unit(long tag) {
        return new OnUnit(tag);
    }
}
