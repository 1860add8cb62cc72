package io.wickedzerg.bot.wire;

import SC2APIProtocol.Common;
import SC2APIProtocol.Raw;
import SC2APIProtocol.Sc2Api;
import io.wickedzerg.bot.core.Command;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongPredicate;

/**
 * A step's commands as one action request, each a raw unit command, built as ocraft's action interface builds
 * them: a command aimed at a unit that is not in the current observation is dropped, and the unit tags go out in
 * the order ocraft's two hash sets give them. The game picks the unit that trains from a several-unit command by
 * that order, so the same commands play the same game on either client.
 */
public final class WireActions {

    private WireActions() {
    }

    /** The request, or null when no command is left to send (ocraft then sends none). */
    public static Sc2Api.Request request(List<Command> commands, LongPredicate unitExists) {
        Sc2Api.RequestAction.Builder action = Sc2Api.RequestAction.newBuilder();
        for (Command c : commands) {
            if (c.targetTag() != 0 && !unitExists.test(c.targetTag())) {
                continue;
            }
            Raw.ActionRawUnitCommand.Builder command = Raw.ActionRawUnitCommand.newBuilder()
                    .setAbilityId(c.ability().getAbilityId())
                    .addAllUnitTags(ocraftOrder(c.tags()))
                    .setQueueCommand(c.queued());
            if (c.targetTag() != 0) {
                command.setTargetUnitTag(c.targetTag());
            } else if (c.target() != null) {
                command.setTargetWorldSpacePos(Common.Point2D.newBuilder()
                        .setX((float) c.target().x()).setY((float) c.target().y()));
            }
            action.addActions(Sc2Api.Action.newBuilder().setActionRaw(Raw.ActionRaw.newBuilder().setUnitCommand(command)));
        }
        return action.getActionsCount() == 0 ? null : Sc2Api.Request.newBuilder().setAction(action).build();
    }

    /**
     * The tags as ocraft sends them: added one by one into the command's hash set, then collected into another
     * one (each grown from the default size: a set sized up front could iterate in another order).
     */
    static Set<Long> ocraftOrder(List<Long> tags) {
        Set<Long> command = new HashSet<>();
        for (Long tag : tags) {
            command.add(tag);
        }
        Set<Long> sent = new HashSet<>();
        for (Long tag : command) {
            sent.add(tag);
        }
        return sent;
    }
}
