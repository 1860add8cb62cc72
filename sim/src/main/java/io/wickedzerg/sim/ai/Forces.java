package io.wickedzerg.sim.ai;

import io.wickedzerg.sim.data.UnitCatalog;
import io.wickedzerg.sim.data.UnitFacts;
import io.wickedzerg.sim.engine.command.Target;
import io.wickedzerg.sim.engine.view.OrderView;
import io.wickedzerg.sim.engine.view.PlayerView;
import io.wickedzerg.sim.engine.view.UnitView;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One pass over a player's own units per decision: how many of each type exist (finished or building) and
 * how many are ordered (in a production queue, in an egg, or a worker on its way to build).
 */
final class Forces {
    private final Map<Integer, Integer> existing = new TreeMap<>();
    private final Map<Integer, Integer> finished = new TreeMap<>();
    private final Map<Integer, Integer> ordered = new TreeMap<>();
    private final List<UnitView> own;
    private final Set<Long> ownTags = new TreeSet<>();

    Forces(PlayerView view) {
        UnitCatalog units = view.units();
        this.own = view.ownUnits();
        for (UnitView unit : own) {
            ownTags.add(unit.tag());
        }
        for (UnitView unit : own) {
            existing.merge(unit.type(), 1, Integer::sum);
            if (unit.isFinished()) {
                finished.merge(unit.type(), 1, Integer::sum);
            }
            for (OrderView order : unit.orders()) {
                // A Terran worker constructing targets its own structure, which is already counted.
                if (order.target() instanceof Target.OnUnit on && ownTags.contains(on.tag())) {
                    continue;
                }
                units.createdBy(order.abilityId()).ifPresent(made ->
                        ordered.merge(made.id(), Math.max(1, made.unitsPerOrder()), Integer::sum));
            }
        }
    }

    List<UnitView> own() {
        return own;
    }

    boolean isOwn(long tag) {
        return ownTags.contains(tag);
    }

    /** Existing (finished or under construction) plus ordered. */
    int total(int type) {
        return existing.getOrDefault(type, 0) + ordered.getOrDefault(type, 0);
    }

    int finished(int type) {
        return finished.getOrDefault(type, 0);
    }

    int ordered(int type) {
        return ordered.getOrDefault(type, 0);
    }

    /** Total of the type or any type that counts as it (a Lair counts as a Hatchery). */
    int totalCountingAliases(int type, UnitCatalog units) {
        int sum = 0;
        for (Map.Entry<Integer, Integer> e : existing.entrySet()) {
            if (units.find(e.getKey()).map(f -> f.satisfies(type)).orElse(false)) {
                sum += e.getValue();
            }
        }
        return sum + ordered.getOrDefault(type, 0);
    }

    boolean hasFinishedCountingAliases(int type, UnitCatalog units) {
        for (Map.Entry<Integer, Integer> e : finished.entrySet()) {
            if (units.find(e.getKey()).map(f -> f.satisfies(type)).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    /** Supply of the army (units with a weapon that are not workers or queens), including ordered units. */
    float armySupply(UnitCatalog units, Set<Integer> armyTypes) {
        float sum = 0;
        for (int type : armyTypes) {
            UnitFacts facts = units.get(type);
            sum += facts.foodRequired() * total(type);
        }
        return sum;
    }
}
