package io.wickedzerg.bot.wire;

import static org.assertj.core.api.Assertions.assertThat;

import SC2APIProtocol.Raw;
import SC2APIProtocol.Sc2Api;
import com.github.ocraft.s2client.protocol.action.raw.ActionRawUnitCommand;
import com.github.ocraft.s2client.protocol.data.Abilities;
import com.github.ocraft.s2client.protocol.spatial.Point2d;
import com.github.ocraft.s2client.protocol.unit.Tag;
import io.wickedzerg.bot.core.Command;
import io.wickedzerg.bot.model.Point2;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The wire client's action request against what ocraft's own action builder sends for the same commands. */
class WireActionsTest {

    /** ocraft's ActionRawUnitCommand for a command, as WickedZergBot hands it over (tags in our order). */
    private static Raw.ActionRawUnitCommand ocraft(Command c) {
        Set<Tag> tags = new LinkedHashSet<>();
        c.tags().forEach(t -> tags.add(Tag.of(t)));
        var builder = ActionRawUnitCommand.unitCommand().forUnits(tags.toArray(new Tag[0])).useAbility(c.ability());
        if (c.targetTag() != 0) {
            return builder.target(Tag.of(c.targetTag())).queued(c.queued()).build().toSc2Api();
        }
        if (c.target() != null) {
            return builder.target(Point2d.of((float) c.target().x(), (float) c.target().y())).queued(c.queued())
                    .build().toSc2Api();
        }
        return builder.queued(c.queued()).build().toSc2Api();
    }

    @Test
    void eachCommandGoesOutAsOcraftWouldSendItTagOrderIncluded() {
        List<Command> commands = new ArrayList<>();
        // tag sets of every size up to 60: the hash sets' growth changes their order
        for (int n = 1; n <= 60; n++) {
            long base = 4_300_000_000L + n * 7919L;
            List<Long> tags = LongStream.range(0, n).map(i -> base + i * 262_145L).boxed().toList();
            commands.add(new Command(Abilities.ATTACK, tags, 0, new Point2(10.25 + n, 20.5), n % 2 == 0));
        }
        commands.add(new Command(Abilities.HARVEST_GATHER, List.of(5L, 3L), 77L, null, false));
        commands.add(new Command(Abilities.TRAIN_DRONE, List.of(9L, 8L, 12L), 0, null, false));

        Sc2Api.RequestAction action = WireActions.request(commands, tag -> true).getAction();

        assertThat(action.getActionsCount()).isEqualTo(commands.size());
        for (int i = 0; i < commands.size(); i++) {
            assertThat(action.getActions(i).getActionRaw().getUnitCommand()).as("command " + i)
                    .isEqualTo(ocraft(commands.get(i)));
        }
    }

    @Test
    void aCommandAimedAtAUnitNoLongerThereIsDroppedAndNoCommandsSendNothing() {
        Command atGone = new Command(Abilities.ATTACK, List.of(1L), 50L, null, false);
        Command move = new Command(Abilities.MOVE, List.of(1L), 0, new Point2(3, 4), false);

        Sc2Api.Request request = WireActions.request(List.of(atGone, move), tag -> tag != 50L);

        assertThat(request.getAction().getActionsList()).singleElement()
                .satisfies(a -> assertThat(a.getActionRaw().getUnitCommand().getAbilityId())
                        .isEqualTo(Abilities.MOVE.getAbilityId()));
        assertThat(WireActions.request(List.of(atGone), tag -> false)).isNull();
        assertThat(WireActions.request(List.of(), tag -> true)).isNull();
    }
}
