package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.data.Race;
import io.wickedzerg.sim.data.ResourceKind;
import io.wickedzerg.sim.data.UnitCatalog;
import io.wickedzerg.sim.data.UpgradeCatalog;
import io.wickedzerg.sim.engine.command.CommandResult;
import io.wickedzerg.sim.engine.command.Target;
import io.wickedzerg.sim.engine.view.OrderView;
import io.wickedzerg.sim.engine.view.PlayerView;
import io.wickedzerg.sim.engine.view.UnitView;
import io.wickedzerg.sim.engine.view.UpgradeLevels;
import io.wickedzerg.sim.engine.view.WorldView;
import io.wickedzerg.sim.map.Point2;
import io.wickedzerg.sim.map.Terrain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Builds the immutable views players get of the world. */
final class Views {
    private final Game game;

    Views(Game game) {
        this.game = game;
    }

    PlayerView view(PlayerState p) {
        List<UnitView> own = new ArrayList<>();
        List<UnitView> enemies = new ArrayList<>();
        List<UnitView> neutral = new ArrayList<>();
        int foodUsed = 0;
        int foodArmy2 = 0;
        int foodWorkers = 0;
        double foodCap = 0;
        for (SimUnit u : game.units.values()) {
            if (!u.alive) {
                continue;
            }
            if (u.owner == p.id()) {
                own.add(full(u, p.id()));
            } else if (u.owner == Game.NEUTRAL) {
                neutral.add(Vision.sees(game, p, u) ? full(u, p.id()) : snapshotOf(u, p.id()));
            } else if (Vision.sees(game, p, u)) {
                enemies.add(full(u, p.id()));
            }
        }
        for (UnitView remembered : p.remembered.values()) {
            SimUnit u = game.unit(remembered.tag());
            if (u == null || !Vision.sees(game, p, u)) {
                enemies.add(remembered);
            }
        }
        Supply supply = supply(p.id());
        List<Point2> enemyStarts = game.terrain.startLocations().stream().filter(s -> !s.equals(p.start)).toList();
        return new Snapshot(p.id(), p.slot.race(), game.loop(), p.minerals, p.vespene, supply.used(), supply.cap(),
                supply.army(), supply.workers(), List.copyOf(own), List.copyOf(enemies), List.copyOf(neutral),
                Collections.unmodifiableSortedSet(new TreeSet<>(p.upgrades)), p.start, enemyStarts, game);
    }

    /** Everything, for an observer: units as seen by nobody in particular (viewer 0 owns none of them). */
    WorldView world() {
        List<UnitView> all = new ArrayList<>();
        for (SimUnit u : game.units.values()) {
            if (u.alive) {
                all.add(full(u, 0));
            }
        }
        List<WorldView.PlayerTotals> totals = new ArrayList<>();
        for (PlayerState p : game.allPlayers()) {
            Supply supply = supply(p.id());
            totals.add(new WorldView.PlayerTotals(p.id(), p.minerals, p.vespene, supply.used(), supply.cap(),
                    supply.army(), supply.workers()));
        }
        return new WorldView(game.loop(), all, totals);
    }

    record Supply(int used, int cap, int army, int workers) {
    }

    Supply supply(int playerId) {
        double used = 0;
        double army = 0;
        double workers = 0;
        double cap = 0;
        for (SimUnit u : game.units.values()) {
            if (!u.alive || u.owner != playerId) {
                continue;
            }
            if (u.finished()) {
                cap += u.facts.foodProvided();
            }
            used += u.facts.foodRequired();
            if (u.facts.worker()) {
                workers += u.facts.foodRequired();
            } else if (!u.isStructure()) {
                army += u.facts.foodRequired();
            }
            for (Production item : u.queue) {
                if (item.kind == Production.Kind.TRAIN) {
                    double food = item.unit.foodRequired() * Math.max(1, item.unit.unitsPerOrder());
                    used += food;
                }
            }
        }
        return new Supply((int) Math.ceil(used - 1e-6), (int) Math.min(200, cap), (int) Math.ceil(army - 1e-6), (int) workers);
    }

    UnitView full(SimUnit u, int viewer) {
        List<OrderView> orders = new ArrayList<>();
        if (u.owner == viewer) {
            if (game.addOns.building(u)) {
                SimUnit addOn = game.addOns.attached(u);
                orders.add(new OrderView(addOn.facts.abilityId(), null, addOn.buildProgress()));
            }
            for (Production item : u.queue) {
                orders.add(new OrderView(item.abilityId, null, item.progress()));
            }
            for (Order o : u.orders) {
                orders.add(orderView(u, o));
            }
        }
        boolean resource = u.facts.resource() != ResourceKind.NONE || TypeGroups.isGasBuilding(u.facts.id());
        int assigned = 0;
        int ideal = 0;
        if (u.owner == viewer && u.finished() && (u.facts.townhall() || TypeGroups.isGasBuilding(u.facts.id()))) {
            assigned = assignedHarvesters(u);
            ideal = idealHarvesters(u);
        }
        return new UnitView(u.tag, u.facts.id(), u.owner, u.position(), u.facing, u.facts.radius(),
                (float) u.health, u.facts.hp(), (float) u.shield, u.facts.shields(), (float) u.energy,
                u.facts.maxEnergy(), u.buildProgress(), u.facts.flying(), false, orders,
                resource ? u.mineralContents : 0, resource ? u.vespeneContents : 0,
                u.cargoMinerals > 0, u.cargoVespene > 0, assigned, ideal, (float) u.weaponCooldown,
                u.engagedTarget, addOnTagSeenBy(u, viewer), CombatUpgrades.levels(game.upgradesOf(u.owner), u.facts),
                game.placement.powers(u), u.owner == viewer ? u.rally : null,
                u.owner == viewer ? u.rallyTarget : 0, u.injectLoopsLeft > 0);
    }

    /** The live add-on of the viewer's own producer, as the real game reports it; 0 for none or for others' units. */
    private long addOnTagSeenBy(SimUnit u, int viewer) {
        SimUnit addOn = u.owner == viewer ? game.addOns.attached(u) : null;
        return addOn == null ? 0 : addOn.tag;
    }

    UnitView snapshotOf(SimUnit u, int viewer) {
        return new UnitView(u.tag, u.facts.id(), u.owner, u.position(), u.facing, u.facts.radius(),
                u.facts.hp(), u.facts.hp(), u.facts.shields(), u.facts.shields(), 0, 0, u.buildProgress(),
                u.facts.flying(), true, List.of(), 0, 0, false, false, 0, 0, 0, 0, 0, UpgradeLevels.NONE, false, null, 0, false);
    }

    private OrderView orderView(SimUnit u, Order o) {
        Race race = u.facts.race();
        if (o instanceof Order.Move m) {
            return new OrderView(AbilityIds.MOVE, m.target(), 0);
        } else if (o instanceof Order.Attack a) {
            return new OrderView(AbilityIds.ATTACK, new Target.OnUnit(a.targetTag()), 0);
        } else if (o instanceof Order.AttackMove am) {
            return new OrderView(AbilityIds.ATTACK, new Target.At(am.point()), 0);
        } else if (o instanceof Order.Patrol p) {
            return new OrderView(AbilityIds.PATROL, new Target.At(p.to()), 0);
        } else if (o instanceof Order.Hold) {
            return new OrderView(AbilityIds.HOLD_POSITION, null, 0);
        } else if (o instanceof Order.Gather g) {
            return new OrderView(AbilityIds.gather(race), new Target.OnUnit(g.resourceTag()), 0);
        } else if (o instanceof Order.ReturnCargo) {
            return new OrderView(AbilityIds.returnCargo(race), null, 0);
        } else if (o instanceof Order.Build b) {
            Target t = b.geyserTag() != 0 ? new Target.OnUnit(b.geyserTag()) : new Target.At(b.point());
            return new OrderView(b.structure().abilityId(), t, 0);
        } else if (o instanceof Order.Construct c) {
            return new OrderView(c.abilityId(), new Target.OnUnit(c.structureTag()), 0);
        } else if (o instanceof Order.Inject i) {
            return new OrderView(AbilityIds.INJECT_LARVA, new Target.OnUnit(i.hatcheryTag()), 0);
        } else if (o instanceof Order.PlantTumor p) {
            return new OrderView(AbilityIds.BUILD_CREEP_TUMOR_QUEEN, new Target.At(p.point()), 0);
        }
        throw new IllegalStateException("unknown order " + o);
    }

    private int assignedHarvesters(SimUnit building) {
        int n = 0;
        for (SimUnit w : game.units.values()) {
            if (!w.alive || w.owner != building.owner || !w.facts.worker()) {
                continue;
            }
            long resource = 0;
            if (w.currentOrder() instanceof Order.Gather g) {
                resource = g.resourceTag();
            } else if (w.currentOrder() instanceof Order.ReturnCargo r) {
                resource = r.backTo();
            }
            if (resource == 0) {
                continue;
            }
            if (resource == building.tag) {
                n++;
            } else if (building.facts.townhall()) {
                SimUnit r = game.unit(resource);
                if (r != null && r.facts.resource() == ResourceKind.MINERALS && r.distanceTo(building) < 10) {
                    n++;
                }
            }
        }
        return n;
    }

    private int idealHarvesters(SimUnit building) {
        if (TypeGroups.isGasBuilding(building.facts.id())) {
            return building.vespeneContents > 0 ? 3 : 0;
        }
        int fields = 0;
        for (SimUnit r : game.units.values()) {
            if (r.alive && r.facts.resource() == ResourceKind.MINERALS && r.distanceTo(building) < 10) {
                fields++;
            }
        }
        return fields * 2;
    }

    /** The immutable view handed to players. */
    private record Snapshot(int playerId, Race race, long gameLoop, int minerals, int vespene, int foodUsed,
                            int foodCap, int foodArmy, int foodWorkers, List<UnitView> ownUnits,
                            List<UnitView> enemyUnits, List<UnitView> neutralUnits, Set<Integer> upgrades,
                            Point2 startLocation, List<Point2> enemyStartLocations, Game game)
            implements PlayerView {

        @Override
        public Terrain terrain() {
            return game.terrain;
        }

        @Override
        public UnitCatalog units() {
            return game.catalog;
        }

        @Override
        public UpgradeCatalog upgradeCatalog() {
            return game.upgradeCatalog;
        }

        @Override
        public boolean hasCreep(int x, int y) {
            return game.creep.has(x, y);
        }

        @Override
        public CommandResult checkPlacement(int structureType, Point2 centre) {
            return game.checkPlacement(playerId, structureType, centre);
        }
    }
}
