package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.engine.command.Target;
import io.wickedzerg.sim.map.Point2;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A 64-bit hash of a game's whole simulated state at the end of a loop: two runs that agree on it loop by loop
 * played the same game. It covers the loop, whether the game is over, every player (bank, supply, upgrades and
 * research, outcome, debug cheats, score, structures, what it sees and remembers), every unit sorted by tag (type,
 * owner, position and facing bits, health, shields, energy, build progress, orders, production queue, rally, cargo
 * and contents, harvesting, combat, larva and inject timers, path progress) and the creep and ground grids'
 * versions. It leaves out what only feeds observations and is drained by them (dead-unit lists, action errors,
 * alerts): a replay has no observer, the live game has one, and both play the same game.
 *
 * <p>Floating-point values are hashed by their exact bits, so a difference in the last bit shows.
 */
public final class StateHash {
    private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;

    private long h = 0x6A09E667F3BCC908L;

    private StateHash() {
    }

    /** The hash of {@code game} now. Reads only. */
    public static long of(Game game) {
        StateHash hash = new StateHash();
        hash.game(game);
        return hash.finish();
    }

    private void game(Game game) {
        add(game.loop());
        add(game.isOver());
        add(game.creep.version());
        add(game.ground.version());
        Views views = new Views(game);
        for (PlayerState p : game.players.values()) {
            player(p, views.supply(p.id()));
        }
        List<SimUnit> units = new ArrayList<>(game.units.values());
        units.sort(Comparator.comparingLong(u -> u.tag));
        add(units.size());
        for (SimUnit u : units) {
            unit(u);
        }
    }

    private void player(PlayerState p, Views.Supply supply) {
        add(p.id());
        add(p.minerals);
        add(p.vespene);
        add(supply.used());
        add(supply.cap());
        add(p.upgrades.size());
        p.upgrades.forEach(this::add);
        add(p.researching.size());
        p.researching.forEach(this::add);
        add(p.outcome == null ? -1 : p.outcome.ordinal());
        add(p.debugCheats.size());
        p.debugCheats.forEach(c -> add(c.ordinal()));
        add(p.structures);
        add(p.collectedMinerals);
        add(p.collectedVespene);
        add(p.spentMinerals);
        add(p.spentVespene);
        add(p.killedValueUnits);
        add(p.killedValueStructures);
        add(p.lostMinerals);
        add(p.lostVespene);
        add(p.visibilityVersion);
        bytes(p.visibility);
        add(p.remembered.size());
        for (Map.Entry<Long, ?> e : p.remembered.entrySet()) {
            add(e.getKey());
        }
    }

    private void unit(SimUnit u) {
        add(u.tag);
        add(u.facts.id());
        add(u.owner);
        add(u.alive);
        add(u.x);
        add(u.y);
        add(Float.floatToIntBits(u.facing));
        add(u.health);
        add(u.shield);
        add(u.energy);
        add(u.builtLoops);
        add(u.buildLoops);
        add(u.orders.size());
        u.orders.forEach(this::order);
        add(u.queue.size());
        for (Production item : u.queue) {
            add(item.kind.ordinal());
            add(item.abilityId);
            add(item.unit == null ? 0 : item.unit.id());
            add(item.upgrade == null ? 0 : item.upgrade.id());
            add(item.doneLoops);
            add(item.totalLoops);
        }
        point(u.rally);
        add(u.rallyTarget);
        add(u.phase.ordinal());
        add(u.phaseLoops);
        add(u.cargoMinerals);
        add(u.cargoVespene);
        add(u.mineralContents);
        add(u.vespeneContents);
        add(u.occupiedUntil);
        add(u.occupant);
        add(u.speed);
        add(u.weaponCooldown);
        add(u.engagedTarget);
        add(u.lastDamagedLoop);
        add(u.addOnTag);
        add(u.hatchery);
        add(u.larvaTimer);
        add(u.injectLoopsLeft);
        add(u.injectsQueued);
        add(u.tumorSpent);
        add(u.path.size());
        add(u.pathIndex);
        point(u.pathGoal);
        add(u.loopsWithoutProgress);
    }

    private void order(Order order) {
        // Java 17 has no pattern switch yet: the sealed Order's cases one by one, each with its own number
        if (order instanceof Order.Move m) {
            add(1);
            target(m.target());
        } else if (order instanceof Order.Attack a) {
            add(2);
            add(a.targetTag());
        } else if (order instanceof Order.AttackMove a) {
            add(3);
            point(a.point());
        } else if (order instanceof Order.Patrol p) {
            add(4);
            point(p.from());
            point(p.to());
        } else if (order instanceof Order.Hold) {
            add(5);
        } else if (order instanceof Order.Gather g) {
            add(6);
            add(g.resourceTag());
        } else if (order instanceof Order.ReturnCargo r) {
            add(7);
            add(r.backTo());
        } else if (order instanceof Order.Build b) {
            add(8);
            add(b.structure().id());
            point(b.point());
            add(b.geyserTag());
        } else if (order instanceof Order.Construct c) {
            add(9);
            add(c.structureTag());
            add(c.abilityId());
        } else if (order instanceof Order.Inject i) {
            add(10);
            add(i.hatcheryTag());
        } else if (order instanceof Order.PlantTumor t) {
            add(11);
            point(t.point());
        } else {
            throw new IllegalStateException("StateHash does not know the order " + order.getClass().getSimpleName());
        }
    }

    private void target(Target target) {
        if (target instanceof Target.At at) {
            point(at.point());
        } else if (target instanceof Target.OnUnit on) {
            add(on.tag());
        }
    }

    private void point(Point2 p) {
        if (p == null) {
            add(-1L);
        } else {
            add(Float.floatToIntBits(p.x()));
            add(Float.floatToIntBits(p.y()));
        }
    }

    private void bytes(byte[] values) {
        add(values.length);
        long word = 0;
        for (int i = 0; i < values.length; i++) {
            word = (word << 8) | (values[i] & 0xFF);
            if ((i & 7) == 7) {
                add(word);
                word = 0;
            }
        }
        add(word);
    }

    private void add(boolean value) {
        add(value ? 1L : 0L);
    }

    private void add(double value) {
        add(Double.doubleToLongBits(value));
    }

    private void add(int value) {
        add((long) value);
    }

    private void add(long value) {
        h = Long.rotateLeft((h ^ value) * MULTIPLIER, 29);
    }

    private long finish() {
        // splitmix64's finalizer: every input bit reaches every output bit
        long z = h;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
