package io.wickedzerg.sim.protocol;

import SC2APIProtocol.Raw;
import io.wickedzerg.sim.data.ProductionKind;
import io.wickedzerg.sim.data.UnitCatalog;
import io.wickedzerg.sim.data.UnitFacts;
import io.wickedzerg.sim.data.UnitTypeIds;
import io.wickedzerg.sim.data.UpgradeCatalog;
import io.wickedzerg.sim.data.UpgradeFacts;
import io.wickedzerg.sim.engine.AbilityIds;
import io.wickedzerg.sim.engine.Point2;
import io.wickedzerg.sim.engine.command.Command;
import io.wickedzerg.sim.engine.command.Target;

import java.util.List;
import java.util.Optional;

/**
 * Turns an {@code ActionRawUnitCommand} into an engine {@link Command}: generic abilities by their ids
 * (specific and general forms), production and research by the ability that creates the unit or upgrade.
 */
public final class ActionDecoder {
    private final UnitCatalog units;
    private final UpgradeCatalog upgrades;

    public ActionDecoder(UnitCatalog units, UpgradeCatalog upgrades) {
        this.units = units;
        this.upgrades = upgrades;
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
        switch (ability) {
            case AbilityIds.SMART:
                return new Command.Smart(tags, target(c, ability), queued);
            case AbilityIds.MOVE, AbilityIds.MOVE_GENERIC, AbilityIds.PATROL:
                return new Command.Move(tags, target(c, ability), queued);
            case AbilityIds.SCAN_MOVE, AbilityIds.ATTACK, AbilityIds.ATTACK_GENERIC: {
                Target t = target(c, ability);
                if (t instanceof Target.OnUnit on) {
                    return new Command.Attack(tags, on.tag(), queued);
                }
                return new Command.AttackMove(tags, ((Target.At) t).point(), queued);
            }
            case AbilityIds.STOP, AbilityIds.STOP_GENERIC:
                return new Command.Stop(tags, queued);
            case AbilityIds.HOLD_POSITION, AbilityIds.HOLD_POSITION_GENERIC:
                return new Command.HoldPosition(tags, queued);
            case AbilityIds.GATHER_GENERIC, AbilityIds.GATHER_SCV, AbilityIds.GATHER_PROBE, AbilityIds.GATHER_DRONE:
                return new Command.Gather(tags, unitTarget(c, ability), queued);
            case AbilityIds.RETURN_GENERIC, AbilityIds.RETURN_SCV, AbilityIds.RETURN_PROBE, AbilityIds.RETURN_DRONE:
                return new Command.ReturnCargo(tags, queued);
            case AbilityIds.INJECT_LARVA:
                return new Command.Inject(tags, unitTarget(c, ability), queued);
            case AbilityIds.BUILD_CREEP_TUMOR, AbilityIds.BUILD_CREEP_TUMOR_QUEEN, AbilityIds.BUILD_CREEP_TUMOR_TUMOR: {
                if (!(target(c, ability) instanceof Target.At at)) {
                    throw new ProtocolException("ability " + ability + " needs target_world_space_pos");
                }
                return new Command.BuildCreepTumor(tags, at.point(), queued);
            }
            case AbilityIds.BUILD_TECHLAB:
                return new Command.BuildAddOn(tags, UnitTypeIds.TECH_LAB, queued);
            case AbilityIds.BUILD_REACTOR:
                return new Command.BuildAddOn(tags, UnitTypeIds.REACTOR, queued);
            case AbilityIds.RALLY_UNITS, AbilityIds.RALLY_WORKERS, AbilityIds.RALLY_BUILDING,
                    AbilityIds.RALLY_HATCHERY_UNITS, AbilityIds.RALLY_HATCHERY_WORKERS,
                    AbilityIds.RALLY_COMMAND_CENTER, AbilityIds.RALLY_NEXUS:
                return new Command.Rally(tags, target(c, ability), queued);
            case AbilityIds.CANCEL, AbilityIds.CANCEL_LAST, AbilityIds.CANCEL_QUEUE5,
                    AbilityIds.CANCEL_BUILD_IN_PROGRESS, AbilityIds.HALT:
                return new Command.Cancel(tags, queued);
            default:
                break;
        }
        Optional<UnitFacts> made = units.createdBy(ability);
        if (made.isPresent()) {
            UnitFacts f = made.get();
            if (f.production() == ProductionKind.BUILD || f.production() == ProductionKind.DRONE_MORPH) {
                Target t = target(c, ability);
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

    private static Target target(Raw.ActionRawUnitCommand c, int ability) {
        if (c.hasTargetUnitTag()) {
            return new Target.OnUnit(c.getTargetUnitTag());
        }
        if (c.hasTargetWorldSpacePos()) {
            return new Target.At(new Point2(c.getTargetWorldSpacePos().getX(), c.getTargetWorldSpacePos().getY()));
        }
        throw new ProtocolException("ability " + ability + " needs target_world_space_pos or target_unit_tag");
    }

    private static long unitTarget(Raw.ActionRawUnitCommand c, int ability) {
        if (!c.hasTargetUnitTag()) {
            throw new ProtocolException("ability " + ability + " needs target_unit_tag");
        }
        return c.getTargetUnitTag();
    }
}
