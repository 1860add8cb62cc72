package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.data.ProductionKind;
import io.wickedzerg.sim.data.UnitFacts;
import io.wickedzerg.sim.data.UnitTypeIds;
import io.wickedzerg.sim.engine.command.CommandResult;
import io.wickedzerg.sim.map.Point2;

import java.util.Optional;

/**
 * Terran add-ons: a Barracks, Factory or Starport builds a tech lab or a reactor beside itself (a 2x2
 * footprint centred 2.5 right and 0.5 below the producer's centre, as in the real game). The producer
 * cannot train while it builds one. A finished reactor lets it train two units at once; a finished tech lab
 * unlocks the units that need one attached.
 */
final class AddOns {
    static final double OFFSET_X = 2.5;
    static final double OFFSET_Y = -0.5;

    private final Game game;

    AddOns(Game game) {
        this.game = game;
    }

    static Point2 siteOf(SimUnit producer) {
        return Point2.of(producer.x + OFFSET_X, producer.y + OFFSET_Y);
    }

    /** The add-on this producer builds for a generic ({@code TechLab}, {@code Reactor}) or specific type. */
    Optional<UnitFacts> resolve(SimUnit producer, int type) {
        return game.catalog.all().stream()
                .filter(f -> f.production() == ProductionKind.ADDON && f.producers().contains(producer.facts.id()))
                .filter(f -> f.satisfies(type))
                .findFirst();
    }

    /** The live add-on attached to a producer, finished or not. */
    SimUnit attached(SimUnit producer) {
        return producer.addOnTag == 0 ? null : game.unit(producer.addOnTag);
    }

    boolean building(SimUnit producer) {
        SimUnit addOn = attached(producer);
        return addOn != null && !addOn.finished();
    }

    /** How many queue items the producer advances at once. */
    int parallelSlots(SimUnit producer) {
        SimUnit addOn = attached(producer);
        return addOn != null && addOn.finished() && addOn.facts.satisfies(UnitTypeIds.REACTOR) ? 2 : 1;
    }

    /** Whether the producer has the finished add-on a unit requires attached (true when it requires none). */
    boolean attachedRequirementMet(SimUnit producer, UnitFacts unit) {
        if (!unit.requiresAttached()) {
            return true;
        }
        SimUnit addOn = attached(producer);
        return addOn != null && addOn.finished() && addOn.facts.satisfies(unit.techRequirement());
    }

    CommandResult build(SimUnit producer, int type) {
        Optional<UnitFacts> found = resolve(producer, type);
        if (found.isEmpty() || !producer.finished() || producer.facts.flying()) {
            return CommandResult.Error;
        }
        if (attached(producer) != null || !producer.queue.isEmpty()) {
            return CommandResult.QueueIsFull;
        }
        UnitFacts addOn = found.get();
        PlayerState player = game.player(producer.owner);
        CommandResult money = player.afford(addOn.netCost(), 1);
        if (!money.ok()) {
            return money;
        }
        Point2 site = siteOf(producer);
        CommandResult place = game.placement.check(producer.owner, addOn, site);
        if (!place.ok()) {
            return place;
        }
        player.pay(addOn.netCost(), 1);
        producer.orders.clear();
        producer.addOnTag = game.createUnit(producer.owner, addOn, site.x(), site.y(), false).tag;
        return CommandResult.Success;
    }
}
