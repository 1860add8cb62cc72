package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.engine.command.CommandResult;

import java.util.List;

/**
 * Orders that walk somewhere and then do something: a worker placing a structure, an SCV staying with its
 * construction, a queen injecting larva or planting a creep tumor. Failures at arrival are reported as action errors.
 */
final class Errands {
    private final Game game;
    private final Moving moving;
    private final Construction construction;
    private final Casts casts;

    Errands(Game game, Moving moving, Construction construction, Casts casts) {
        this.game = game;
        this.moving = moving;
        this.construction = construction;
        this.casts = casts;
    }

    void tick(List<SimUnit> units) {
        for (SimUnit u : units) {
            if (!u.alive) {
                continue;
            }
            Order order = u.currentOrder();
            if (order instanceof Order.Build build) {
                double reach = build.structure().radius() + Construction.BUILD_REACH;
                if (moving.stepTowards(u, build.point(), reach)) {
                    CommandResult result = construction.place(u, build);
                    if (!result.ok()) {
                        u.orders.pollFirst();
                        u.clearPath();
                        game.player(u.owner).actionErrors.add(
                                new PlayerState.ActionError(u.tag, build.structure().abilityId(), result));
                    }
                }
            } else if (order instanceof Order.Construct construct) {
                SimUnit structure = game.unit(construct.structureTag());
                if (structure == null || structure.finished()) {
                    u.orders.pollFirst();
                } else {
                    moving.stepTowards(u, structure.position(), structure.facts.radius() + u.facts.radius() + 0.3);
                }
            } else if (order instanceof Order.Inject inject) {
                SimUnit hatch = game.unit(inject.hatcheryTag());
                if (hatch == null) {
                    u.orders.pollFirst();
                    continue;
                }
                if (moving.stepTowards(u, hatch.position(), hatch.facts.radius() + u.facts.radius() + 1.0)) {
                    CommandResult result = casts.applyInject(u, hatch);
                    u.orders.pollFirst();
                    u.clearPath();
                    if (!result.ok()) {
                        game.player(u.owner).actionErrors.add(
                                new PlayerState.ActionError(u.tag, AbilityIds.INJECT_LARVA, result));
                    }
                }
            } else if (order instanceof Order.PlantTumor plant) {
                if (moving.stepTowards(u, plant.point(), u.facts.radius() + CreepTumors.QUEEN_REACH)) {
                    CommandResult result = game.tumors.plantByQueen(u, plant.point());
                    u.orders.pollFirst();
                    u.clearPath();
                    if (!result.ok()) {
                        game.player(u.owner).actionErrors.add(
                                new PlayerState.ActionError(u.tag, AbilityIds.BUILD_CREEP_TUMOR_QUEEN, result));
                    }
                }
            }
        }
    }
}
