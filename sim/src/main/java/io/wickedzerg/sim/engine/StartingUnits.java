package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.data.Race;
import io.wickedzerg.sim.data.ResourceKind;
import io.wickedzerg.sim.data.UnitFacts;
import io.wickedzerg.sim.data.UnitTypeIds;
import io.wickedzerg.sim.map.BaseLocation;
import io.wickedzerg.sim.map.NeutralSpot;
import io.wickedzerg.sim.map.Point2;
import io.wickedzerg.sim.map.ResourceSpot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The world at loop 0: every base's mineral fields and geysers and the map's other neutral units, then each player's townhall and twelve workers
 * towards its mineral line, and for Zerg an overlord behind the hatchery and three larvae.
 */
final class StartingUnits {
    /** How far from a townhall its own mineral line lies, at most. */
    private static final double MINERAL_LINE_REACH = 12;

    private final Game game;
    private final Producing producing;

    StartingUnits(Game game, Producing producing) {
        this.game = game;
        this.producing = producing;
    }

    void place() {
        placeResources();
        for (PlayerState player : game.allPlayers()) {
            placeStartingUnits(player);
        }
    }

    private void placeResources() {
        for (BaseLocation base : game.setup().map().bases()) {
            for (ResourceSpot spot : base.minerals()) {
                placeResource(spot.position(), spot.amount(), game.catalog.get(spot.unitType()));
            }
            for (ResourceSpot spot : base.geysers()) {
                placeResource(spot.position(), spot.amount(), game.catalog.get(spot.unitType()));
            }
        }
        for (NeutralSpot spot : game.setup().map().neutrals()) {
            UnitFacts facts = game.catalog.get(spot.unitType());
            if (facts.resource() != ResourceKind.NONE) {
                placeResource(spot.position(), spot.amount(), facts);
            } else {
                SimUnit unit = new SimUnit(game.nextTag(), Game.NEUTRAL, facts.withRadius(spot.radius()),
                        spot.position().x(), spot.position().y());
                game.units.put(unit.tag, unit);
                game.obstacles.place(unit, spot);
            }
        }
    }

    private void placeResource(Point2 at, int amount, UnitFacts facts) {
        SimUnit unit = new SimUnit(game.nextTag(), Game.NEUTRAL, facts, at.x(), at.y());
        if (facts.resource() == ResourceKind.VESPENE) {
            unit.vespeneContents = amount;
        } else {
            unit.mineralContents = amount;
        }
        game.units.put(unit.tag, unit);
        // built-in maps' grids already mark resources unpathable, recorded ones do not: cover them either way
        game.footprint(unit, +1);
    }

    /**
     * Where the real game puts the twelve workers (checked on every recorded map): on the ring of whole-cell
     * offsets 3 from the townhall's centre, the twelve spots nearest (summed) to the mineral fields of its line.
     * Used on recorded maps; generated maps keep their own fan so their games stay as they were.
     */
    private List<Point2> ringSpots(Point2 start) {
        List<SimUnit> line = game.units.values().stream()
                .filter(u -> u.facts.resource() == ResourceKind.MINERALS && start.distanceTo(u.x, u.y) < MINERAL_LINE_REACH)
                .toList();
        List<Point2> ring = new ArrayList<>();
        for (int dx = -3; dx <= 3; dx++) {
            for (int dy = -3; dy <= 3; dy++) {
                if (Math.max(Math.abs(dx), Math.abs(dy)) == 3) {
                    ring.add(start.plus(dx, dy));
                }
            }
        }
        // a symmetric mineral line ties spots left and right; the game then took the east one (Cyber Forest)
        ring.sort(Comparator.<Point2>comparingLong(p -> Math.round(1e4 * line.stream().mapToDouble(u -> p.distanceTo(u.x, u.y)).sum()))
                .thenComparing(p -> -p.x()).thenComparing(p -> -p.y()));
        return ring.subList(0, 12);
    }

    private void placeStartingUnits(PlayerState player) {
        Race race = player.slot.race();
        int townhall = switch (race) {
            case ZERG -> UnitTypeIds.HATCHERY;
            case PROTOSS -> UnitTypeIds.NEXUS;
            default -> UnitTypeIds.COMMAND_CENTER;
        };
        int worker = switch (race) {
            case ZERG -> UnitTypeIds.DRONE;
            case PROTOSS -> UnitTypeIds.PROBE;
            default -> UnitTypeIds.SCV;
        };
        Point2 start = player.start;
        SimUnit hall = game.createUnit(player.id(), game.catalog.get(townhall), start.x(), start.y(), true);
        Point2 minerals = game.mineralCentre(start);
        double angle = StrictMath.atan2(minerals.y() - start.y(), minerals.x() - start.x());
        SimUnit field = game.nearestMineral(hall, MINERAL_LINE_REACH);
        if (field != null) {
            // as the real game starts: the townhall rallied onto a mineral field, every worker already gathering
            hall.rally = field.position();
            hall.rallyTarget = field.tag;
        }
        List<Point2> spots = game.setup().map().localMapPath() != null ? ringSpots(start) : List.of();
        for (int i = 0; i < 12; i++) {
            double a = angle + (i - 5.5) * 0.18;
            double r = hall.facts.radius() + 0.6 + (i % 2) * 0.6;
            Point2 at = spots.isEmpty() ? Point2.of(start.x() + StrictMath.cos(a) * r, start.y() + StrictMath.sin(a) * r) : spots.get(i);
            SimUnit w = game.createUnit(player.id(), game.catalog.get(worker), at.x(), at.y(), true);
            SimUnit own = game.nearestMineral(w, MINERAL_LINE_REACH);
            if (own != null) {
                w.orders.add(new Order.Gather(own.tag));
            }
        }
        if (race == Race.ZERG) {
            game.createUnit(player.id(), game.catalog.get(UnitTypeIds.OVERLORD), start.x() - StrictMath.cos(angle) * 4,
                    start.y() - StrictMath.sin(angle) * 4, true);
            for (int i = 0; i < 3; i++) {
                producing.spawnLarva(hall);
            }
        }
    }
}
