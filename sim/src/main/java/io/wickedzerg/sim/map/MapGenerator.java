package io.wickedzerg.sim.map;

import io.wickedzerg.sim.data.UnitTypeIds;
import java.util.ArrayList;
import java.util.List;

/**
 * Paints a {@link MapLayout} into a {@link GameMap}: low ground, obstacles, the natural and main plateaus with
 * their ramps, side 1 as the mirror image of side 0, then the resources of every base. Deterministic: the same
 * layout always gives the same map.
 */
final class MapGenerator {
    /** Half the width of the natural's ground where it meets the foot of the main ramp. */
    private static final double LANDING_RADIUS = 4;

    private MapGenerator() {
    }

    static List<GameMap> standardMaps() {
        return StandardLayouts.all().stream().map(MapGenerator::generate).toList();
    }

    static GameMap generate(MapLayout layout) {
        int w = layout.width();
        int h = layout.height();
        Symmetry symmetry = new Symmetry(w, h);
        TerrainCanvas canvas = new TerrainCanvas(w, h, TerrainCanvas.LOW);
        int b = layout.border();
        canvas.ground(b, b, w - b, h - b, TerrainCanvas.LOW);
        for (MapLayout.Obstacle obstacle : layout.obstacles()) {
            canvas.obstacle(obstacle.center(), obstacle.radius());
        }

        Point2 main = layout.main();
        Point2 natural = layout.natural();
        int cliff = MapLayout.CLIFF_WIDTH;
        int naturalCliff = (TerrainCanvas.MIDDLE + TerrainCanvas.LOW) / 2;
        canvas.plateau(natural, layout.naturalRadius(), cliff, TerrainCanvas.MIDDLE, naturalCliff);
        // The main ramp is diagonal, as on real maps, so it rarely points straight at the natural: the natural's
        // ground reaches out to the foot of the ramp (a walled landing), and the main's cliff then cuts it back.
        DiagonalRamp mainRamp = DiagonalRamp.outOf(main, layout.mainRadius(), natural);
        canvas.plateau(mainRamp.landing(), natural, LANDING_RADIUS, cliff, TerrainCanvas.MIDDLE, naturalCliff);
        canvas.plateau(main, layout.mainRadius(), cliff, TerrainCanvas.HIGH,
                (TerrainCanvas.HIGH + TerrainCanvas.MIDDLE) / 2);
        mainRamp.paint(canvas, TerrainCanvas.HIGH, TerrainCanvas.MIDDLE);
        Point2 mainRampTop = mainRamp.top();
        Point2 mainRampBottom = mainRamp.bottom();

        double choke = Math.toRadians(layout.naturalChokeAngle());
        Point2 chokeTop = natural.plus((layout.naturalRadius() - 1) * StrictMath.cos(choke), (layout.naturalRadius() - 1) * StrictMath.sin(choke));
        double chokeLength = cliff + 2;
        Point2 chokeBottom = chokeTop.plus(chokeLength * StrictMath.cos(choke), chokeLength * StrictMath.sin(choke));
        canvas.ramp(chokeTop, chokeBottom, MapLayout.NATURAL_RAMP_WIDTH, TerrainCanvas.MIDDLE, TerrainCanvas.LOW);

        canvas.mirrorHalf(layout.mainTownhall(), symmetry);

        List<BaseLocation> side0 = List.of(
                base(layout.mainTownhall(), layout.mainMineralAngle(), BaseRole.MAIN),
                base(natural, layout.naturalMineralAngle(), BaseRole.NATURAL),
                base(layout.third(), layout.thirdMineralAngle(), BaseRole.THIRD));
        List<BaseLocation> bases = new ArrayList<>(side0);
        for (BaseLocation base : side0) {
            bases.add(mirror(base, symmetry));
        }
        for (BaseLocation base : bases) {
            requireOpenGround(layout.name(), canvas, base);
        }
        for (BaseLocation base : bases) {
            for (ResourceSpot field : base.minerals()) {
                canvas.block(field.position(), 2, 1);
            }
            for (ResourceSpot geyser : base.geysers()) {
                canvas.block(geyser.position(), 3, 3);
            }
        }

        List<Ramp> ramps = List.of(
                new Ramp(mainRampTop, mainRampBottom, MapLayout.MAIN_RAMP_WIDTH, 0),
                new Ramp(symmetry.mirror(mainRampTop), symmetry.mirror(mainRampBottom), MapLayout.MAIN_RAMP_WIDTH, 1),
                new Ramp(chokeTop, chokeBottom, MapLayout.NATURAL_RAMP_WIDTH, 0),
                new Ramp(symmetry.mirror(chokeTop), symmetry.mirror(chokeBottom), MapLayout.NATURAL_RAMP_WIDTH, 1));
        return new GameMap(layout.name(), w, h, canvas.pathingGrid(), canvas.placementGrid(), canvas.heightGrid(),
                new Rect(b, b, w - b, h - b),
                List.of(layout.mainTownhall(), symmetry.mirror(layout.mainTownhall())),
                bases, ramps);
    }

    private static BaseLocation base(Point2 townhall, double mineralAngle, BaseRole role) {
        List<ResourceSpot> minerals = ResourceLayout.minerals(townhall, mineralAngle);
        return new BaseLocation(townhall, role, 0, minerals, ResourceLayout.geysers(townhall, mineralAngle, minerals));
    }

    private static BaseLocation mirror(BaseLocation base, Symmetry symmetry) {
        return new BaseLocation(symmetry.mirror(base.townhall()), base.role(), 1,
                base.minerals().stream().map(r -> new ResourceSpot(r.unitType(), symmetry.mirror(r.position()), r.amount())).toList(),
                base.geysers().stream().map(r -> new ResourceSpot(r.unitType(), symmetry.mirror(r.position()), r.amount())).toList());
    }

    /** A layout mistake (a mineral on a cliff) must fail loudly when the map is built, not in a game. */
    private static void requireOpenGround(String map, TerrainCanvas canvas, BaseLocation base) {
        int level = canvas.level(base.townhall().cellX(), base.townhall().cellY());
        checkFootprint(map, canvas, base.townhall(), 5, 5, level, "townhall");
        for (ResourceSpot field : base.minerals()) {
            checkFootprint(map, canvas, field.position(), 2, 1, level, "mineral field");
        }
        for (ResourceSpot geyser : base.geysers()) {
            checkFootprint(map, canvas, geyser.position(), 3, 3, level, "geyser");
        }
        if (base.minerals().size() != 8 || base.geysers().size() != 2
                || base.geysers().stream().anyMatch(g -> g.unitType() != UnitTypeIds.VESPENE_GEYSER)) {
            throw new IllegalStateException(map + ": a base needs 8 mineral fields and 2 geysers");
        }
    }

    private static void checkFootprint(String map, TerrainCanvas canvas, Point2 center, int w, int h, int level, String what) {
        int x0 = (int) Math.round(center.x() - w / 2.0);
        int y0 = (int) Math.round(center.y() - h / 2.0);
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                if (!canvas.placeable(x, y) || canvas.level(x, y) != level) {
                    throw new IllegalStateException(map + ": " + what + " at " + center + " is not on open ground of its base (cell "
                            + x + "," + y + " level " + canvas.level(x, y) + ", base level " + level + ")");
                }
            }
        }
    }
}
