package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.data.ProductionKind;
import io.wickedzerg.sim.data.Race;
import io.wickedzerg.sim.data.ResourceKind;
import io.wickedzerg.sim.data.UnitFacts;
import io.wickedzerg.sim.data.UnitTypeIds;
import io.wickedzerg.sim.map.Point2;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything that grows with time: production queues (trained units, researches, morphs), eggs,
 * construction, larva and injects, energy.
 *
 * <p>Zerg numbers from Liquipedia (LotV), at 22.4 loops per real second: a hatchery spawns a larva every
 * 11 s (246.4 loops) while it has fewer than 3; an inject spends 25 energy and gives 3 larvae after 29 s
 * (650 loops), up to 19; energy regenerates 0.7875 a real second (0.5625 per 16 loops). A computer with a
 * {@link Cheats#productionSpeed()} above 1 (CheatInsane) advances construction and queues that much faster.
 */
final class Producing {
    static final double LARVA_LOOPS = 11 * 22.4;
    static final int NATURAL_LARVA_CAP = 3;
    static final int MAX_LARVA = 19;
    static final double INJECT_LOOPS = 29 * 22.4;
    static final int INJECT_LARVA = 3;
    static final int INJECT_ENERGY = 25;
    static final double ENERGY_PER_LOOP = 0.5625 / 16;

    private final Game game;

    Producing(Game game) {
        this.game = game;
    }

    void tick(List<SimUnit> units) {
        for (SimUnit u : units) {
            if (!u.alive) {
                continue;
            }
            if (!u.finished()) {
                construct(u);
                continue;
            }
            if (u.facts.maxEnergy() > 0 && u.energy < u.facts.maxEnergy()) {
                u.energy = Math.min(u.facts.maxEnergy(), u.energy + ENERGY_PER_LOOP);
            }
            if (!u.queue.isEmpty()) {
                advanceQueue(u);
            }
            if (TypeGroups.isZergTownhall(u.facts.id())) {
                larva(u);
            }
        }
    }

    private void construct(SimUnit s) {
        if (s.facts.race() == Race.TERRAN && s.facts.production() != ProductionKind.ADDON && !hasBuilder(s)) {
            return; // Terran construction pauses without an SCV; add-ons are built by their producer
        }
        double rate = rate(s);
        s.builtLoops += rate;
        double share = rate * s.facts.hp() * 0.9 / Math.max(1, s.buildLoops);
        s.health = Math.min(s.facts.hp(), s.health + share);
        if (s.finished()) {
            if (!CreepTumors.isTumor(s.facts.id())) {
                game.player(s.owner).alert(s.facts.production() == ProductionKind.ADDON
                        ? Alert.AddOnComplete : Alert.BuildingComplete);
            }
            s.health = Math.max(s.health, s.facts.hp() * 0.999);
            s.health = s.facts.hp();
            s.shield = s.facts.shields();
            if (s.facts.race() == Race.ZERG) {
                game.tumors.burrow(s);
                game.creep.addSource(s);
            }
            if (TypeGroups.isZergTownhall(s.facts.id())) {
                s.larvaTimer = 0;
            }
        }
    }

    /** Loops of progress a loop brings the owner's construction and queues: more with the fast build cheat. */
    private double rate(SimUnit u) {
        PlayerState owner = game.player(u.owner);
        if (owner == null) {
            return 1;
        }
        // the computer's level (CheatInsane builds faster) and the debug fast_build cheat multiply
        return owner.cheats.productionSpeed() * (owner.cheating(Cheat.FAST_BUILD) ? DebugCommands.FAST_BUILD_RATE : 1);
    }

    private boolean hasBuilder(SimUnit structure) {
        for (SimUnit u : game.units.values()) {
            if (u.alive && u.owner == structure.owner && u.currentOrder() instanceof Order.Construct c
                    && c.structureTag() == structure.tag) {
                return true;
            }
        }
        return false;
    }

    /** Advances the head of the queue, or the first two units when a reactor lets them train side by side. */
    private void advanceQueue(SimUnit producer) {
        int slots = game.addOns.parallelSlots(producer);
        List<Production> done = new ArrayList<>(slots);
        int slot = 0;
        double rate = rate(producer);
        for (Production item : producer.queue) {
            if (slot == slots || slot > 0 && item.kind != Production.Kind.TRAIN) {
                break;
            }
            item.doneLoops += rate;
            if (item.done()) {
                done.add(item);
            }
            slot++;
        }
        for (Production item : done) {
            producer.queue.remove(item);
            complete(producer, item);
        }
    }

    private void complete(SimUnit producer, Production head) {
        PlayerState owner = game.player(producer.owner);
        switch (head.kind) {
            case TRAIN -> {
                owner.alert(head.unit.worker() ? Alert.TrainWorkerComplete : Alert.TrainUnitComplete);
                if (producer.facts.id() == UnitTypeIds.EGG) {
                    hatch(producer, head.unit);
                } else {
                    spawnNear(producer, head.unit);
                }
            }
            case RESEARCH -> {
                owner.researching.remove(head.upgrade.id());
                owner.upgrades.add(head.upgrade.id());
                owner.alert(Alert.ResearchComplete);
            }
            case MORPH -> {
                double healthShare = producer.health / Math.max(1, producer.facts.hp());
                producer.facts = head.unit;
                producer.health = head.unit.hp() * healthShare;
                producer.shield = head.unit.shields();
                producer.buildLoops = head.unit.buildTime();
                producer.builtLoops = producer.buildLoops;
                owner.alert(Alert.MorphComplete);
            }
        }
    }

    /** An egg becomes its unit (keeping its tag, as in the real game); zerglings come in pairs. */
    private void hatch(SimUnit egg, UnitFacts unit) {
        egg.facts = unit;
        egg.health = unit.hp();
        egg.shield = unit.shields();
        egg.energy = unit.startEnergy();
        egg.buildLoops = unit.buildTime();
        egg.builtLoops = egg.buildLoops;
        for (int extra = 1; extra < unit.unitsPerOrder(); extra++) {
            game.createUnit(egg.owner, unit, egg.x + 0.4 * extra, egg.y, true);
        }
        SimUnit hatch = game.unit(egg.hatchery);
        if (hatch != null && hatch.rally != null) {
            egg.orders.add(rallyOrder(hatch, unit));
        }
    }

    private void spawnNear(SimUnit producer, UnitFacts unit) {
        double r = producer.facts.radius() + unit.radius() + 0.2;
        Point2 towards = producer.rally != null ? producer.rally
                : game.mineralCentre(producer.position());
        double angle = StrictMath.atan2(towards.y() - producer.y, towards.x() - producer.x);
        SimUnit made = game.createUnit(producer.owner, unit, producer.x + StrictMath.cos(angle) * r,
                producer.y + StrictMath.sin(angle) * r, true);
        if (producer.rally != null) {
            made.orders.add(rallyOrder(producer, unit));
        }
    }

    /** A worker rallied onto a resource gathers it, as in the real game; everything else walks to the rally. */
    private Order rallyOrder(SimUnit producer, UnitFacts made) {
        SimUnit target = producer.rallyTarget == 0 ? null : game.unit(producer.rallyTarget);
        if (made.worker() && target != null && target.alive && target.facts.resource() != ResourceKind.NONE) {
            return new Order.Gather(target.tag);
        }
        return new Order.Move(new io.wickedzerg.sim.engine.command.Target.At(producer.rally));
    }

    private void larva(SimUnit hatch) {
        int count = larvaOf(hatch);
        if (count < NATURAL_LARVA_CAP) {
            hatch.larvaTimer += 1;
            if (hatch.larvaTimer >= LARVA_LOOPS) {
                hatch.larvaTimer -= LARVA_LOOPS;
                spawnLarva(hatch);
            }
        } else {
            hatch.larvaTimer = 0;
        }
        if (hatch.injectLoopsLeft > 0) {
            hatch.injectLoopsLeft -= 1;
            if (hatch.injectLoopsLeft <= 0) {
                for (int i = 0; i < INJECT_LARVA && larvaOf(hatch) + i < MAX_LARVA; i++) {
                    spawnLarva(hatch);
                }
                if (hatch.injectsQueued > 0) {
                    hatch.injectsQueued--;
                    hatch.injectLoopsLeft = INJECT_LOOPS;
                }
            }
        }
    }

    int larvaOf(SimUnit hatch) {
        int n = 0;
        for (SimUnit u : game.units.values()) {
            if (u.alive && u.facts.id() == UnitTypeIds.LARVA && u.hatchery == hatch.tag) {
                n++;
            }
        }
        return n;
    }

    void spawnLarva(SimUnit hatch) {
        int index = larvaOf(hatch);
        double angle = -Math.PI / 2 + (index % 6 - 2.5) * 0.35;
        double r = hatch.facts.radius() - 0.6;
        SimUnit larva = game.createUnit(hatch.owner, game.catalog.get(UnitTypeIds.LARVA),
                hatch.x + StrictMath.cos(angle) * r, hatch.y + StrictMath.sin(angle) * r, true);
        larva.hatchery = hatch.tag;
    }
}
