package io.wickedzerg.bot.core;

import com.github.ocraft.s2client.protocol.data.Units;
import io.wickedzerg.bot.model.Nearest;
import io.wickedzerg.bot.model.Point2;
import io.wickedzerg.bot.model.Product;
import io.wickedzerg.bot.model.StepSnapshot;
import io.wickedzerg.bot.model.UnitView;
import io.wickedzerg.bot.model.ZergTech;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Picks sites for tech structures (not hatcheries or extractors): on the main base's side away from
 * its minerals, off the mining paths, spaced from other structures, and accepted by the placement
 * check. {@code attempt} shifts the choice after a site failed.
 */
public final class BuildingPlacer {

    private static final double MIN_SPACING = 3.5;
    private static final double MIN_RESOURCE_DISTANCE = 6.0;

    private final PlacementCheck check;

    public BuildingPlacer(PlacementCheck check) {
        this.check = check;
    }

    /** The placement check alone, for sites chosen elsewhere (expansions). */
    public boolean accepts(Product structure, Point2 at) {
        return check.canPlace(structure, at);
    }

    public Optional<Point2> siteFor(Product structure, StepSnapshot snapshot, Point2 base, int attempt) {
        Point2 awayFromMinerals = directionAwayFromMinerals(snapshot, base);
        List<UnitView> structures = new ArrayList<>();
        for (UnitView u : snapshot.mine()) {
            if (ZergTech.isStructure(u.type())) {
                structures.add(u);
            }
        }
        int skipped = 0;
        for (int ring = 6; ring <= 14; ring += 2) {
            for (int k = 0; k < 12; k++) {
                double angle = Math.atan2(awayFromMinerals.y(), awayFromMinerals.x())
                        + (k % 2 == 0 ? 1 : -1) * ((k + 1) / 2) * Math.PI / 8;
                Point2 p = new Point2(Math.floor(base.x() + ring * Math.cos(angle)) + 0.5,
                        Math.floor(base.y() + ring * Math.sin(angle)) + 0.5);
                if (!clear(p, snapshot, structures) || !check.canPlace(structure, p)) {
                    continue;
                }
                if (skipped++ >= attempt) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean clear(Point2 p, StepSnapshot snapshot, List<UnitView> structures) {
        for (UnitView s : structures) {
            double min = ZergTech.isTownhall(s.type()) ? 5.0 : MIN_SPACING;
            if (s.pos().distanceSquared(p) < min * min) {
                return false;
            }
        }
        return Nearest.countWithin(p, snapshot.mineralFields(), MIN_RESOURCE_DISTANCE) == 0
                && Nearest.countWithin(p, snapshot.geysers(), MIN_RESOURCE_DISTANCE) == 0;
    }

    static Point2 directionAwayFromMinerals(StepSnapshot snapshot, Point2 base) {
        List<Point2> near = new ArrayList<>();
        for (UnitView m : snapshot.mineralFields()) {
            if (m.pos().distanceSquared(base) < 12 * 12) {
                near.add(m.pos());
            }
        }
        if (near.isEmpty()) {
            return new Point2(1, 0);
        }
        Point2 c = Point2.centroid(near);
        double dx = base.x() - c.x();
        double dy = base.y() - c.y();
        double len = Math.hypot(dx, dy);
        return len < 1e-6 ? new Point2(1, 0) : new Point2(dx / len, dy / len);
    }

    /** A free geyser next to one of our finished townhalls, nearest to the first townhall. */
    public static Optional<UnitView> freeGeyser(StepSnapshot snapshot) {
        List<UnitView> taken = new ArrayList<>();
        for (var type : ZergTech.EXTRACTORS) {
            taken.addAll(snapshot.mine(type));
        }
        List<Long> targeted = new ArrayList<>();
        for (UnitView d : snapshot.drones()) {
            for (var o : d.orders()) {
                if (o.targetTag() != 0) {
                    targeted.add(o.targetTag());
                }
            }
        }
        for (UnitView hall : snapshot.townhalls()) {
            if (!hall.isFinished() && hall.type() == Units.ZERG_HATCHERY) {
                continue;
            }
            for (UnitView g : snapshot.geysers()) {
                if (g.pos().distanceSquared(hall.pos()) < 11 * 11
                        && Nearest.countWithin(g.pos(), taken, 1.0) == 0 && !targeted.contains(g.tag())) {
                    return Optional.of(g);
                }
            }
        }
        return Optional.empty();
    }
}
