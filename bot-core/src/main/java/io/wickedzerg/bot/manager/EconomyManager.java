package io.wickedzerg.bot.manager;

import com.github.ocraft.s2client.protocol.data.Abilities;
import io.wickedzerg.bot.core.Manager;
import io.wickedzerg.bot.core.Role;
import io.wickedzerg.bot.core.StepContext;
import io.wickedzerg.bot.model.OrderView;
import io.wickedzerg.bot.model.StepSnapshot;
import io.wickedzerg.bot.model.UnitView;
import io.wickedzerg.bot.model.ZergTech;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Mining drones: new drones start mining, idle miners go to the least-worked mineral field (nearest
 * first), and drones move from an over-saturated base to one that needs them.
 */
public final class EconomyManager implements Manager {

    static final double BASE_RADIUS = 10.0;
    /** Transfers are rechecked about once a second: moving drones every step only costs mining trips. */
    static final long TRANSFER_PERIOD = 22;

    @Override
    public String name() {
        return "economy";
    }

    @Override
    public void onStep(StepContext ctx) {
        StepSnapshot snap = ctx.snapshot();
        ctx.builders().reclaimIdle(snap, ctx.roles());
        for (UnitView drone : snap.drones()) {
            if (drone.isFinished()) {
                ctx.roles().claim(drone.tag(), Role.MINERALS);
            }
        }
        List<Base> bases = bases(snap);
        if (bases.isEmpty()) {
            return;
        }
        Map<Long, Integer> workersOnField = new HashMap<>();
        for (UnitView drone : snap.drones()) {
            long field = gatherTarget(drone);
            if (field != 0 && ctx.roles().has(drone.tag(), Role.MINERALS)) {
                workersOnField.merge(field, 1, Integer::sum);
            }
        }
        for (UnitView drone : snap.drones()) {
            if (drone.isIdle() && ctx.roles().has(drone.tag(), Role.MINERALS)) {
                UnitView field = bestField(bases, workersOnField, drone);
                if (field != null && ctx.sink().issue(drone, Abilities.HARVEST_GATHER, field)) {
                    workersOnField.merge(field.tag(), 1, Integer::sum);
                }
            }
        }
        if (snap.gameLoop() % TRANSFER_PERIOD == 0) {
            transfer(ctx, bases, workersOnField);
        }
    }

    private void transfer(StepContext ctx, List<Base> bases, Map<Long, Integer> workersOnField) {
        for (Base from : bases) {
            int excess = from.assigned(workersOnField) - from.ideal();
            if (excess <= 0) {
                continue;
            }
            for (UnitView drone : ctx.snapshot().drones()) {
                if (excess <= 0) {
                    break;
                }
                long field = gatherTarget(drone);
                if (field == 0 || !from.hasField(field) || !ctx.roles().has(drone.tag(), Role.MINERALS)) {
                    continue;
                }
                Base to = neediest(bases, workersOnField, from);
                if (to == null) {
                    return;
                }
                UnitView target = to.leastWorked(workersOnField);
                if (ctx.sink().issue(drone, Abilities.HARVEST_GATHER, target)) {
                    workersOnField.merge(field, -1, Integer::sum);
                    workersOnField.merge(target.tag(), 1, Integer::sum);
                    excess--;
                }
            }
        }
    }

    private static Base neediest(List<Base> bases, Map<Long, Integer> workersOnField, Base except) {
        Base best = null;
        int bestDeficit = 0;
        for (Base b : bases) {
            int deficit = b.ideal() - b.assigned(workersOnField);
            if (b != except && deficit > bestDeficit) {
                best = b;
                bestDeficit = deficit;
            }
        }
        return best;
    }

    /** The field with the fewest workers; among equals the nearest to the drone. */
    static UnitView bestField(List<Base> bases, Map<Long, Integer> workersOnField, UnitView drone) {
        UnitView best = null;
        double bestScore = Double.MAX_VALUE;
        for (Base b : bases) {
            for (UnitView f : b.fields()) {
                int workers = workersOnField.getOrDefault(f.tag(), 0);
                // Two per field is full speed; a third helps a little; distance breaks ties and keeps drones home.
                double score = workers * 1000.0 + drone.pos().distance(f.pos());
                if (score < bestScore) {
                    bestScore = score;
                    best = f;
                }
            }
        }
        return best;
    }

    static long gatherTarget(UnitView drone) {
        if (drone.orders().isEmpty()) {
            return 0;
        }
        OrderView first = drone.orders().get(0);
        boolean gather = first.ability() == Abilities.HARVEST_GATHER || first.ability() == Abilities.HARVEST_GATHER_DRONE;
        return gather ? first.targetTag() : 0;
    }

    static List<Base> bases(StepSnapshot snap) {
        List<Base> out = new ArrayList<>();
        for (UnitView hall : snap.townhalls()) {
            if (!hall.isFinished()) {
                continue;
            }
            List<UnitView> fields = new ArrayList<>();
            for (UnitView m : snap.mineralFields()) {
                if (m.pos().distanceSquared(hall.pos()) <= BASE_RADIUS * BASE_RADIUS) {
                    fields.add(m);
                }
            }
            if (!fields.isEmpty()) {
                out.add(new Base(hall, fields));
            }
        }
        return out;
    }

    /** A finished townhall and the mineral fields it mines. */
    record Base(UnitView hall, List<UnitView> fields) {

        int ideal() {
            return fields.size() * 2;
        }

        int assigned(Map<Long, Integer> workersOnField) {
            int n = 0;
            for (UnitView f : fields) {
                n += workersOnField.getOrDefault(f.tag(), 0);
            }
            return n;
        }

        boolean hasField(long tag) {
            for (UnitView f : fields) {
                if (f.tag() == tag) {
                    return true;
                }
            }
            return false;
        }

        UnitView leastWorked(Map<Long, Integer> workersOnField) {
            UnitView best = fields.get(0);
            for (UnitView f : fields) {
                if (workersOnField.getOrDefault(f.tag(), 0) < workersOnField.getOrDefault(best.tag(), 0)) {
                    best = f;
                }
            }
            return best;
        }
    }

    /** Mining capacity: two drones per nearby mineral field of every finished townhall. */
    public static int mineralSaturation(StepSnapshot snap) {
        int ideal = 0;
        for (Base b : bases(snap)) {
            ideal += b.ideal();
        }
        return ideal;
    }

    static boolean isTownhall(UnitView u) {
        return ZergTech.isTownhall(u.type());
    }
}
