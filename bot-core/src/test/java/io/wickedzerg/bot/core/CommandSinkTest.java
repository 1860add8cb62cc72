package io.wickedzerg.bot.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.ocraft.s2client.protocol.data.Abilities;
import com.github.ocraft.s2client.protocol.data.Units;
import io.wickedzerg.bot.model.OrderView;
import io.wickedzerg.bot.model.Point2;
import io.wickedzerg.bot.model.UnitView;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandSinkTest {

    private final CommandSink sink = new CommandSink();
    private final List<List<Command>> sends = new ArrayList<>();

    private static UnitView ling(long tag) {
        return UnitView.builder(tag, Units.ZERG_ZERGLING).build();
    }

    @Test
    void dropsAnOrderTheUnitIsAlreadyRunning() {
        UnitView gathering = UnitView.builder(1, Units.ZERG_DRONE)
                .order(OrderView.on(Abilities.HARVEST_GATHER_DRONE, 77)).build();
        UnitView attacking = UnitView.builder(2, Units.ZERG_ZERGLING)
                .order(OrderView.at(Abilities.ATTACK_ATTACK, new Point2(10.2, 10))).build();

        assertThat(sink.issue(gathering, Abilities.HARVEST_GATHER, UnitView.builder(77, Units.NEUTRAL_MINERAL_FIELD).build()))
                .as("same field, specific vs general id").isFalse();
        assertThat(sink.issue(attacking, Abilities.ATTACK, new Point2(10, 10))).as("same point within 1").isFalse();
        sink.flush(sends::add);

        assertThat(sends).as("nothing to send, nothing sent").isEmpty();
        assertThat(sink.droppedTotal()).isEqualTo(2);
    }

    @Test
    void aNewTargetIsNotARepeat() {
        UnitView attacking = UnitView.builder(2, Units.ZERG_ZERGLING)
                .order(OrderView.at(Abilities.ATTACK, new Point2(10, 10))).build();

        assertThat(sink.issue(attacking, Abilities.ATTACK, new Point2(40, 40))).isTrue();
    }

    @Test
    void mergesIdenticalOrdersIntoOneActionAndSendsOncePerStep() {
        Point2 target = new Point2(50, 50);
        sink.issue(ling(1), Abilities.ATTACK, target);
        sink.issue(ling(2), Abilities.ATTACK, target);
        sink.issue(ling(3), Abilities.MOVE, target);

        List<Command> sent = sink.flush(sends::add);

        assertThat(sends).hasSize(1);
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0).tags()).containsExactly(1L, 2L);
        assertThat(sent.get(0).ability()).isEqualTo(Abilities.ATTACK);
        assertThat(sent.get(1).tags()).containsExactly(3L);
        assertThat(sink.mergedTotal()).isEqualTo(1);
        assertThat(sink.pendingUnits()).as("next step starts empty").isZero();
    }

    @Test
    void firstOrderPerUnitPerStepWins() {
        sink.issue(ling(1), Abilities.ATTACK, new Point2(1, 1));
        boolean second = sink.issue(ling(1), Abilities.MOVE, new Point2(9, 9));

        List<Command> sent = sink.flush(sends::add);

        assertThat(second).isFalse();
        assertThat(sent).singleElement().satisfies(c -> assertThat(c.ability()).isEqualTo(Abilities.ATTACK));
    }

    @Test
    void fiveLarvaeTrainingDronesAreFiveActionsForTheGameRunsATrainOnce() {
        for (long tag = 200; tag < 205; tag++) {
            sink.issue(UnitView.builder(tag, Units.ZERG_LARVA).build(), Abilities.TRAIN_DRONE);
        }

        List<Command> sent = sink.flush(sends::add);

        assertThat(sent).hasSize(5).allSatisfy(c -> {
            assertThat(c.ability()).isEqualTo(Abilities.TRAIN_DRONE);
            assertThat(c.tags()).hasSize(1);
        });
        assertThat(sent).extracting(c -> c.tags().get(0)).containsExactly(200L, 201L, 202L, 203L, 204L);
        assertThat(sink.mergedTotal()).isZero();
    }

    @Test
    void threeHatcheriesTrainingQueensAreThreeActions() {
        for (long tag = 1; tag <= 3; tag++) {
            sink.issue(UnitView.builder(tag, Units.ZERG_HATCHERY).build(), Abilities.TRAIN_QUEEN);
        }

        assertThat(sink.flush(sends::add)).hasSize(3);
    }

    @Test
    void tenZerglingsAttackingOnePointAreOneActionWithTenTags() {
        Point2 target = new Point2(80, 80);
        for (long tag = 1; tag <= 10; tag++) {
            sink.issue(ling(tag), Abilities.ATTACK, target);
        }

        List<Command> sent = sink.flush(sends::add);

        assertThat(sent).singleElement().satisfies(c -> {
            assertThat(c.ability()).isEqualTo(Abilities.ATTACK);
            assertThat(c.target()).isEqualTo(target);
            assertThat(c.tags()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        });
        assertThat(sink.mergedTotal()).isEqualTo(9);
    }
}
