package io.wickedzerg.sim.protocol;

import SC2APIProtocol.Raw;
import io.wickedzerg.sim.data.ProductionKind;
import io.wickedzerg.sim.data.UnitCatalog;
import io.wickedzerg.sim.data.UnitFacts;
import io.wickedzerg.sim.data.UnitTypeIds;
import io.wickedzerg.sim.data.UpgradeCatalog;
import io.wickedzerg.sim.data.UpgradeFacts;
import io.wickedzerg.sim.engine.AbilityIds;
import io.wickedzerg.sim.engine.command.Command;
import io.wickedzerg.sim.engine.command.Target;
import io.wickedzerg.sim.map.Point2;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Turns an {@code ActionRawUnitCommand} into an engine {@link Command}: generic abilities by their ids
 * (specific and general forms), production and research by the ability that creates the unit or upgrade.
 */
public final class ActionDecoder {
    /** Decodes one generic order from the command's tags, target and queue flag. */
    private interface Generic {
        Command decode(List<Long> tags, Raw.ActionRawUnitCommand c, boolean queued);
    }

    private static final Map<Integer, Generic> GENERIC = genericOrders();

    private final UnitCatalog units;
    private final UpgradeCatalog upgrades;

    public ActionDecoder(UnitCatalog units, UpgradeCatalog upgrades) {
        this.units = units;
        this.upgrades = upgrades;
    }

    /** Every ability id {@link #decode} accepts, ascending. */
    public SortedSet<Integer> supportedAbilities() {
        SortedSet<Integer> abilities = new TreeSet<>(GENERIC.keySet());
        units.all().stream().map(UnitFacts::abilityId).filter(a -> units.createdBy(a).isPresent()).forEach(abilities::add);
        upgrades.all().stream().map(UpgradeFacts::abilityId).filter(a -> upgrades.researchedBy(a).isPresent())
                .forEach(abilities::add);
        return Collections.unmodifiableSortedSet(abilities);
    }

    public Command decode(Raw.ActionRawUnitCommand c) {
        if (!c.hasAbilityId()) {
            throw new ProtocolException("action_raw.unit_command.ability_id is required");
        }
        if (c.getUnitTagsCount() == 0) {
            throw new ProtocolException("action_raw.unit_command.unit_tags must name at least one unit");
        }
        List<Long> tags = c.getUnitTagsList();
        boolean queued = c.getQueueCommand();
        int ability = c.getAbilityId();
        Generic generic = GENERIC.get(ability);
        if (generic != null) {
            return generic.decode(tags, c, queued);
        }
        Optional<UnitFacts> made = units.createdBy(ability);
        if (made.isPresent()) {
            UnitFacts f = made.get();
            if (f.production() == ProductionKind.BUILD || f.production() == ProductionKind.DRONE_MORPH) {
                Target t = target(c);
                if (t instanceof Target.OnUnit on) {
                    return new Command.BuildOnGeyser(tags, f.id(), on.tag(), queued);
                }
                return new Command.Build(tags, f.id(), ((Target.At) t).point(), queued);
            }
            if (f.production() == ProductionKind.ADDON) {
                return new Command.BuildAddOn(tags, f.id(), queued);
            }
            if (f.production() == ProductionKind.MORPH) {
                return new Command.Morph(tags, f.id(), queued);
            }
            return new Command.Train(tags, f.id(), queued);
        }
        Optional<UpgradeFacts> research = upgrades.researchedBy(ability);
        if (research.isPresent()) {
            return new Command.Research(tags, research.get().id(), queued);
        }
        throw new ProtocolException("action_raw.unit_command.ability_id " + ability
                + " is not supported; supported: generic orders (smart 1, move 16, attack 23, stop 4, hold 18, "
                + "gather/return, inject 251, creep tumor 3691/1694/1733, add-ons 3682/3683, rally, cancel) and the abilities that create the units and upgrades in "
                + "ResponseData");
    }

    private static Map<Integer, Generic> genericOrders() {
        Map<Integer, Generic> orders = new HashMap<>();
        put(orders, (tags, c, queued) -> new Command.Smart(tags, target(c), queued), AbilityIds.SMART);
        put(orders, (tags, c, queued) -> new Command.Move(tags, target(c), queued),
                AbilityIds.MOVE, AbilityIds.MOVE_GENERIC);
        put(orders, (tags, c, queued) -> target(c) instanceof Target.At at
                        ? new Command.Patrol(tags, at.point(), queued)
                        : new Command.Move(tags, target(c), queued), // patrolling after a unit: follow it
                AbilityIds.PATROL, AbilityIds.PATROL_GENERIC);
        put(orders, (tags, c, queued) -> target(c) instanceof Target.OnUnit on
                        ? new Command.Attack(tags, on.tag(), queued)
                        : new Command.AttackMove(tags, ((Target.At) target(c)).point(), queued),
                AbilityIds.SCAN_MOVE, AbilityIds.ATTACK, AbilityIds.ATTACK_GENERIC);
        put(orders, (tags, c, queued) -> new Command.Stop(tags, queued), AbilityIds.STOP, AbilityIds.STOP_GENERIC);
        put(orders, (tags, c, queued) -> new Command.HoldPosition(tags, queued),
                AbilityIds.HOLD_POSITION, AbilityIds.HOLD_POSITION_GENERIC);
        put(orders, (tags, c, queued) -> new Command.Gather(tags, unitTarget(c), queued),
                AbilityIds.GATHER_GENERIC, AbilityIds.GATHER_SCV, AbilityIds.GATHER_PROBE, AbilityIds.GATHER_DRONE);
        put(orders, (tags, c, queued) -> new Command.ReturnCargo(tags, queued),
                AbilityIds.RETURN_GENERIC, AbilityIds.RETURN_SCV, AbilityIds.RETURN_PROBE, AbilityIds.RETURN_DRONE);
        put(orders, (tags, c, queued) -> new Command.Inject(tags, unitTarget(c), queued), AbilityIds.INJECT_LARVA);
        put(orders, (tags, c, queued) -> {
            if (!(target(c) instanceof Target.At at)) {
                throw new ProtocolException("ability " + c.getAbilityId() + " needs target_world_space_pos");
            }
            return new Command.BuildCreepTumor(tags, at.point(), queued);
        }, AbilityIds.BUILD_CREEP_TUMOR, AbilityIds.BUILD_CREEP_TUMOR_QUEEN, AbilityIds.BUILD_CREEP_TUMOR_TUMOR);
        put(orders, (tags, c, queued) -> new Command.BuildAddOn(tags, UnitTypeIds.TECH_LAB, queued), AbilityIds.BUILD_TECHLAB);
        put(orders, (tags, c, queued) -> new Command.BuildAddOn(tags, UnitTypeIds.REACTOR, queued), AbilityIds.BUILD_REACTOR);
        put(orders, (tags, c, queued) -> new Command.Rally(tags, target(c), queued),
                AbilityIds.RALLY_UNITS, AbilityIds.RALLY_WORKERS, AbilityIds.RALLY_BUILDING,
                AbilityIds.RALLY_HATCHERY_UNITS, AbilityIds.RALLY_HATCHERY_WORKERS,
                AbilityIds.RALLY_COMMAND_CENTER, AbilityIds.RALLY_NEXUS);
        put(orders, (tags, c, queued) -> new Command.Cancel(tags, queued), AbilityIds.CANCEL, AbilityIds.CANCEL_LAST,
                AbilityIds.CANCEL_QUEUE5, AbilityIds.CANCEL_BUILD_IN_PROGRESS, AbilityIds.HALT);
        return Map.copyOf(orders);
    }

    private static void put(Map<Integer, Generic> orders, Generic generic, int... abilities) {
        for (int ability : abilities) {
            orders.put(ability, generic);
        }
    }

    private static Target target(Raw.ActionRawUnitCommand c) {
        if (c.hasTargetUnitTag()) {
            return new Target.OnUnit(c.getTargetUnitTag());
        }
        if (c.hasTargetWorldSpacePos()) {
            return new Target.At(new Point2(c.getTargetWorldSpacePos().getX(), c.getTargetWorldSpacePos().getY()));
        }
        throw new ProtocolException("ability " + c.getAbilityId() + " needs target_world_space_pos or target_unit_tag");
    }

    private static long unitTarget(Raw.ActionRawUnitCommand c) {
        if (!c.hasTargetUnitTag()) {
            throw new ProtocolException("ability " + c.getAbilityId() + " needs target_unit_tag");
        }
        return c.getTargetUnitTag();
    }
}
