package io.wickedzerg.bot.core;

import com.github.ocraft.s2client.protocol.data.Abilities;
import com.github.ocraft.s2client.protocol.data.Ability;
import io.wickedzerg.bot.model.OrderView;
import io.wickedzerg.bot.model.Point2;
import io.wickedzerg.bot.model.UnitView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every command of a step goes through here. It drops an order the unit is already running (the
 * game would restart it, e.g. a drone's gather trip), keeps only the first order per unit per step,
 * merges identical orders of several units into one action where the game runs such an action for
 * every unit ({@link GroupAbilities}; five larvae training drones must stay five actions, or the
 * game makes one drone), and sends once per step.
 */
public final class CommandSink {

    /** Two point targets closer than this are the same target: re-sending would only jitter. */
    static final double SAME_POINT = 1.0;

    private final Map<Long, Pending> byUnit = new LinkedHashMap<>();
    private long dropped;
    private long merged;
    private long sent;

    private record Pending(Ability ability, long targetTag, Point2 target, boolean queued) {
    }

    public boolean issue(UnitView unit, Ability ability) {
        return add(unit, ability, 0, null, false);
    }

    public boolean issue(UnitView unit, Ability ability, Point2 target) {
        return add(unit, ability, 0, target, false);
    }

    public boolean issue(UnitView unit, Ability ability, UnitView target) {
        return add(unit, ability, target.tag(), null, false);
    }

    public boolean queue(UnitView unit, Ability ability, Point2 target) {
        return add(unit, ability, 0, target, true);
    }

    /** True when this unit already has a command this step. */
    public boolean hasCommand(long tag) {
        return byUnit.containsKey(tag);
    }

    private boolean add(UnitView unit, Ability ability, long targetTag, Point2 target, boolean queued) {
        if (byUnit.containsKey(unit.tag()) || (!queued && alreadyRunning(unit, ability, targetTag, target))) {
            dropped++;
            return false;
        }
        byUnit.put(unit.tag(), new Pending(ability, targetTag, target, queued));
        return true;
    }

    private static boolean alreadyRunning(UnitView unit, Ability ability, long targetTag, Point2 target) {
        if (unit.orders().isEmpty()) {
            return ability.equals(Abilities.STOP) || ability.equals(Abilities.STOP_STOP);
        }
        OrderView current = unit.orders().get(0);
        if (!AbilityAliases.same(current.ability(), ability)) {
            return false;
        }
        if (targetTag != 0) {
            return current.targetTag() == targetTag;
        }
        if (target != null) {
            return current.targetPos() != null && current.targetPos().distance(target) < SAME_POINT;
        }
        return current.targetTag() == 0 && current.targetPos() == null;
    }

    /** Merges group orders, sends what this step collected, then starts the next step empty. */
    public List<Command> flush(CommandOutput output) {
        // Keyed by the order for a group ability, by the unit otherwise: one action per unit.
        Map<Object, List<Long>> actions = new LinkedHashMap<>();
        byUnit.forEach((tag, p) -> actions.computeIfAbsent(GroupAbilities.isGroup(p.ability()) ? p : tag,
                k -> new ArrayList<>()).add(tag));
        List<Command> commands = new ArrayList<>(actions.size());
        actions.values().forEach(tags -> {
            Pending p = byUnit.get(tags.get(0));
            commands.add(new Command(p.ability(), tags, p.targetTag(), p.target(), p.queued()));
        });
        merged += byUnit.size() - commands.size();
        sent += commands.size();
        byUnit.clear();
        if (!commands.isEmpty()) {
            output.send(commands);
        }
        return commands;
    }

    public int pendingUnits() { return byUnit.size(); }
    public long droppedTotal() { return dropped; }
    public long mergedTotal() { return merged; }
    public long sentTotal() { return sent; }
}
