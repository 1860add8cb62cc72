package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.data.Race;
import io.wickedzerg.sim.data.ResourceKind;
import io.wickedzerg.sim.data.UnitFacts;
import io.wickedzerg.sim.data.UnitTypeIds;
import io.wickedzerg.sim.map.BaseLocation;
import io.wickedzerg.sim.map.Point2;
import io.wickedzerg.sim.map.ResourceSpot;

/**
 * The world at loop 0: every base's mineral fields and geysers, then each player's townhall and twelve workers
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
                placeResource(spot);
            }
            for (ResourceSpot spot : base.geysers()) {
                placeResource(spot);
            }
        }
    }

    private void placeResource(ResourceSpot spot) {
        UnitFacts facts = game.catalog.get(spot.unitType());
        SimUnit unit = new SimUnit(game.nextTag(), Game.NEUTRAL, facts, spot.position().x(), spot.position().y());
        if (facts.resource() == ResourceKind.VESPENE) {
            unit.vespeneContents = spot.amount();
        } else {
            unit.mineralContents = spot.amount();
        }
        game.units.put(unit.tag, unit);
        // the map's grids already mark resources unpathable and unbuildable; cover them for structures' sake
        game.footprint(unit, +1);
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
        for (int i = 0; i < 12; i++) {
            double a = angle + (i - 5.5) * 0.18;
            double r = hall.facts.radius() + 0.6 + (i % 2) * 0.6;
            SimUnit w = game.createUnit(player.id(), game.catalog.get(worker), start.x() + StrictMath.cos(a) * r,
                    start.y() + StrictMath.sin(a) * r, true);
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
