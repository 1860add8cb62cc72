package io.wickedzerg.sim.ai;

import io.wickedzerg.sim.data.Race;
import io.wickedzerg.sim.data.UnitFacts;
import io.wickedzerg.sim.data.UnitTypeIds;
import io.wickedzerg.sim.engine.view.PlayerView;
import io.wickedzerg.sim.engine.view.UnitView;
import io.wickedzerg.sim.map.BaseLocation;
import io.wickedzerg.sim.map.Point2;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Where to put a structure: a seeded search of spots around an anchor (a pylon's power field for Protoss,
 * a hatchery's creep for Zerg, the main townhall otherwise), kept off the mineral line, each spot checked
 * with the engine; and which free base to take next.
 */
final class BuildSpots {
    private static final int ATTEMPTS = 24;

    private final SplittableRandom random;

    BuildSpots(long seed) {
        this.random = new SplittableRandom(seed);
    }

    Optional<Point2> near(PlayerView view, UnitFacts structure, List<UnitView> anchors, Point2 awayFromMinerals) {
        if (anchors.isEmpty()) {
            return Optional.empty();
        }
        boolean pylonAnchored = view.race() == Race.PROTOSS && structure.id() != UnitTypeIds.PYLON;
        double reach = pylonAnchored ? 5.5 : 12;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            UnitView anchor = anchors.get(random.nextInt(anchors.size()));
            double angle = random.nextDouble() * 2 * Math.PI;
            double distance = (pylonAnchored ? 2.5 : 5) + random.nextDouble() * (reach - (pylonAnchored ? 2.5 : 5));
            Point2 at = center(anchor.position().x() + StrictMath.cos(angle) * distance,
                    anchor.position().y() + StrictMath.sin(angle) * distance, structure.footprint().width());
            if (awayFromMinerals != null && at.distanceTo(awayFromMinerals) < 6) {
                continue;
            }
            if (view.checkPlacement(structure.id(), at).ok()) {
                return Optional.of(at);
            }
        }
        return Optional.empty();
    }

    /** The nearest base location to the start with no townhall of anyone on it. */
    static Optional<BaseLocation> nextBase(PlayerView view) {
        Point2 start = view.startLocation();
        List<Point2> taken = view.ownUnits().stream().filter(u -> isStructure(view, u)).map(UnitView::position).toList();
        List<Point2> enemy = view.enemyUnits().stream().filter(u -> isStructure(view, u)).map(UnitView::position).toList();
        return view.terrain().map().bases().stream()
                .filter(b -> taken.stream().noneMatch(p -> near(p, b)) && enemy.stream().noneMatch(p -> near(p, b)))
                .filter(b -> !view.enemyStartLocations().contains(toEngine(b.townhall())))
                .min(Comparator.comparingDouble(b -> toEngine(b.townhall()).distanceTo(start)));
    }

    private static boolean isStructure(PlayerView view, UnitView unit) {
        return view.units().find(unit.type()).map(UnitFacts::isStructure).orElse(false);
    }

    static Point2 toEngine(io.wickedzerg.sim.map.Point2 p) {
        return Point2.of(p.x(), p.y());
    }

    private static boolean near(Point2 p, BaseLocation base) {
        return p.distanceTo(base.townhall().x(), base.townhall().y()) < 4;
    }

    /** Odd footprints centre on a cell centre, even ones on a cell corner. */
    private static Point2 center(double x, double y, int size) {
        if (size % 2 == 1) {
            return Point2.of(Math.floor(x) + 0.5, Math.floor(y) + 0.5);
        }
        return Point2.of(Math.round(x), Math.round(y));
    }
}
