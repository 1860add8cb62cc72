package io.wickedzerg.bot.model;

import java.util.Collection;
import java.util.Optional;
import java.util.function.Predicate;

/** Nearest-unit lookups over a snapshot's lists (no allocation, squared distances). */
public final class Nearest {

    private Nearest() {
    }

    public static Optional<UnitView> to(Point2 from, Collection<UnitView> units) {
        return to(from, units, u -> true);
    }

    public static Optional<UnitView> to(Point2 from, Collection<UnitView> units, Predicate<UnitView> filter) {
        UnitView best = null;
        double bestD = Double.MAX_VALUE;
        for (UnitView u : units) {
            if (!filter.test(u)) {
                continue;
            }
            double d = u.pos().distanceSquared(from);
            if (d < bestD) {
                bestD = d;
                best = u;
            }
        }
        return Optional.ofNullable(best);
    }

    public static int countWithin(Point2 from, Collection<UnitView> units, double radius) {
        double r2 = radius * radius;
        int n = 0;
        for (UnitView u : units) {
            if (u.pos().distanceSquared(from) <= r2) {
                n++;
            }
        }
        return n;
    }
}
