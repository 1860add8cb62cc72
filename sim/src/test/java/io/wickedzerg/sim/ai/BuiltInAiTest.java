package io.wickedzerg.sim.ai;

import static io.wickedzerg.sim.data.UnitTypeIds.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.wickedzerg.sim.data.Race;
import io.wickedzerg.sim.engine.Difficulty;
import io.wickedzerg.sim.engine.command.Command;
import io.wickedzerg.sim.engine.command.Target;
import io.wickedzerg.sim.engine.view.OrderView;
import io.wickedzerg.sim.engine.view.UnitView;
import io.wickedzerg.sim.map.Point2;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuiltInAiTest {
    private static BuiltInAi ai(Race race, Difficulty difficulty) {
        return new BuiltInAi(AiProfiles.of(race, difficulty), 7);
    }

    @Test
    void veryEasyNeverTrainsPastItsWorkerCap() {
        int cap = AiProfiles.of(Race.TERRAN, Difficulty.VERY_EASY).economy().workerCap();
        FakeView atCap = new FakeView(Race.TERRAN).atClock(300).bank(1000, 0).food(cap, 23);
        atCap.own(COMMAND_CENTER, 1, FakeView.main());
        atCap.own(SCV, cap, FakeView.main());
        RecordingCommands commands = new RecordingCommands();
        ai(Race.TERRAN, Difficulty.VERY_EASY).onStep(atCap, commands);
        assertThat(commands.trained(SCV)).isZero();

        FakeView belowCap = new FakeView(Race.TERRAN).atClock(300).bank(1000, 0).food(cap - 1, 23);
        belowCap.own(COMMAND_CENTER, 1, FakeView.main());
        belowCap.own(SCV, cap - 1, FakeView.main());
        RecordingCommands more = new RecordingCommands();
        ai(Race.TERRAN, Difficulty.VERY_EASY).onStep(belowCap, more);
        assertThat(more.trained(SCV)).isEqualTo(1);
    }

    @Test
    void hardTerranBeforeThreeMinutesQueuesAMarineAtEveryIdleBarracks() {
        FakeView view = new FakeView(Race.TERRAN).atClock(170).bank(400, 0).food(30, 46);
        view.own(COMMAND_CENTER, 1, FakeView.main());
        view.own(SCV, 20, FakeView.main());
        view.own(SUPPLY_DEPOT, 3, FakeView.main().towards(FakeView.natural(), 8));
        view.own(BARRACKS, 3, FakeView.main().towards(FakeView.natural(), 6));
        view.own(REFINERY, 4, FakeView.main());
        view.own(FACTORY, 1, FakeView.main().towards(FakeView.natural(), 5));
        view.own(ENGINEERING_BAY, 1, FakeView.main());
        RecordingCommands commands = new RecordingCommands();
        ai(Race.TERRAN, Difficulty.HARD).onStep(view, commands);
        // 400 minerals: an SCV (50), 150 kept back for the missing Starport, three marines (150).
        assertThat(commands.trained(MARINE)).isEqualTo(3);
        assertThat(commands.trained(SCV)).isEqualTo(1);
        assertThat(commands.of(Command.AttackMove.class)).isEmpty();
    }

    @Test
    void zergTrainsFromLarvaByTheMixAndSpendsNoMoreThanTheBank() {
        FakeView view = new FakeView(Race.ZERG).atClock(200).bank(150, 0).food(20, 36);
        view.own(HATCHERY, 1, FakeView.main());
        view.own(QUEEN, 1, FakeView.main());
        view.own(DRONE, 40, FakeView.main());
        view.own(SPAWNING_POOL, 1, FakeView.main().towards(FakeView.natural(), 7));
        view.own(LARVA, 3, FakeView.main());
        RecordingCommands commands = new RecordingCommands();
        ai(Race.ZERG, Difficulty.EASY).onStep(view, commands);
        // Easy's mix is zerglings only; 150 minerals pay for three pairs and nothing else.
        assertThat(commands.trained(ZERGLING)).isEqualTo(3);
        assertThat(commands.trained(DRONE)).isZero();
    }

    @Test
    void buildsSupplyBeforeItIsBlocked() {
        FakeView terran = new FakeView(Race.TERRAN).atClock(60).bank(150, 0).food(14, 15);
        terran.own(COMMAND_CENTER, 1, FakeView.main());
        terran.own(SCV, 14, FakeView.main());
        RecordingCommands commands = new RecordingCommands();
        ai(Race.TERRAN, Difficulty.MEDIUM).onStep(terran, commands);
        assertThat(commands.built(SUPPLY_DEPOT)).isEqualTo(1);

        FakeView zerg = new FakeView(Race.ZERG).atClock(60).bank(150, 0).food(13, 14);
        zerg.own(HATCHERY, 1, FakeView.main());
        zerg.own(DRONE, 13, FakeView.main());
        zerg.own(LARVA, 2, FakeView.main());
        RecordingCommands zergCommands = new RecordingCommands();
        ai(Race.ZERG, Difficulty.MEDIUM).onStep(zerg, zergCommands);
        assertThat(zergCommands.trained(OVERLORD)).isEqualTo(1);
    }

    @Test
    void attacksOnlyFromItsFirstAttackTimeWithAFullWave() {
        Point2 enemyMain = FakeView.at(FakeView.MAP.startLocations().get(1));
        for (int clock : new int[] {200, 310}) {
            FakeView view = new FakeView(Race.TERRAN).atClock(clock).bank(0, 0).food(50, 60);
            view.own(COMMAND_CENTER, 1, FakeView.main());
            view.own(MARINE, 24, FakeView.natural());
            RecordingCommands commands = new RecordingCommands();
            BuiltInAi hard = ai(Race.TERRAN, Difficulty.HARD);
            hard.onStep(view, commands);
            List<Command.AttackMove> moves = commands.of(Command.AttackMove.class);
            if (clock < 300) {
                assertThat(hard.attacking()).isFalse();
                assertThat(moves).allSatisfy(m -> assertThat(m.point().distanceTo(enemyMain)).isGreaterThan(40));
            } else {
                assertThat(hard.attacking()).isTrue();
                assertThat(moves).singleElement().satisfies(m -> {
                    assertThat(m.units()).hasSize(24);
                    assertThat(m.point()).isEqualTo(enemyMain);
                });
            }
        }
    }

    @Test
    void smallArmiesWaitForTheWaveEvenAfterTheAttackTime() {
        FakeView view = new FakeView(Race.PROTOSS).atClock(600).bank(0, 0).food(30, 60);
        view.own(NEXUS, 1, FakeView.main());
        view.own(ZEALOT, 3, FakeView.natural());
        BuiltInAi medium = ai(Race.PROTOSS, Difficulty.MEDIUM);
        medium.onStep(view, new RecordingCommands());
        assertThat(medium.attacking()).isFalse();
    }

    @Test
    void defendsItsBaseWhateverTheClock() {
        FakeView view = new FakeView(Race.ZERG).atClock(90).bank(0, 0).food(20, 30);
        view.own(HATCHERY, 1, FakeView.main());
        view.own(ZERGLING, 6, FakeView.main());
        Point2 raid = FakeView.main().towards(FakeView.natural(), 5);
        view.enemy(REAPER, raid);
        RecordingCommands commands = new RecordingCommands();
        ai(Race.ZERG, Difficulty.VERY_EASY).onStep(view, commands);
        assertThat(commands.of(Command.AttackMove.class)).singleElement()
                .satisfies(m -> assertThat(m.point()).isEqualTo(raid));
    }

    @Test
    void expandsToTheNaturalWhenItsTimeComes() {
        FakeView view = new FakeView(Race.PROTOSS).atClock(310).bank(450, 0).food(30, 46);
        view.own(NEXUS, 1, FakeView.main());
        view.own(PROBE, 22, FakeView.main());
        view.own(PYLON, 3, FakeView.main().towards(FakeView.natural(), 8));
        view.own(GATEWAY, 2, FakeView.main().towards(FakeView.natural(), 6));
        view.own(ASSIMILATOR, 2, FakeView.main());
        view.own(CYBERNETICS_CORE, 1, FakeView.main().towards(FakeView.natural(), 4));
        view.own(FORGE, 1, FakeView.main().towards(FakeView.natural(), 3));
        RecordingCommands commands = new RecordingCommands();
        ai(Race.PROTOSS, Difficulty.MEDIUM).onStep(view, commands);
        assertThat(commands.of(Command.Build.class)).filteredOn(b -> b.structureType() == NEXUS).singleElement()
                .satisfies(b -> assertThat(b.point()).isEqualTo(FakeView.natural()));

        FakeView veryEasy = new FakeView(Race.PROTOSS).atClock(900).bank(2000, 0).food(14, 23);
        veryEasy.own(NEXUS, 1, FakeView.main());
        veryEasy.own(PROBE, 14, FakeView.main());
        RecordingCommands never = new RecordingCommands();
        ai(Race.PROTOSS, Difficulty.VERY_EASY).onStep(veryEasy, never);
        assertThat(never.built(NEXUS)).isZero();
    }

    @Test
    void queensInjectTheirHatchery() {
        FakeView view = new FakeView(Race.ZERG).atClock(150).bank(0, 0).food(20, 30);
        UnitView hatchery = view.own(HATCHERY, 1, FakeView.main());
        view.ownWith(QUEEN, FakeView.main(), 1f, 30, List.of());
        RecordingCommands commands = new RecordingCommands();
        ai(Race.ZERG, Difficulty.MEDIUM).onStep(view, commands);
        assertThat(commands.of(Command.Inject.class)).singleElement()
                .satisfies(i -> assertThat(i.hatcheryTag()).isEqualTo(hatchery.tag()));
    }

    @Test
    void countsOrderedUnitsSoItDoesNotOverbuild() {
        FakeView view = new FakeView(Race.TERRAN).atClock(60).bank(400, 0).food(13, 15);
        view.own(COMMAND_CENTER, 1, FakeView.main());
        view.own(SCV, 12, FakeView.main());
        // One SCV already walks off to build a depot: no second depot.
        view.ownWith(SCV, FakeView.main(), 1f, 0, List.of(new OrderView(319, new Target.At(FakeView.main()), 0)));
        RecordingCommands commands = new RecordingCommands();
        ai(Race.TERRAN, Difficulty.MEDIUM).onStep(view, commands);
        assertThat(commands.built(SUPPLY_DEPOT)).isZero();
    }

    @Test
    void actsOnlyEveryFewLoopsAndIsDeterministic() {
        FakeView first = new FakeView(Race.PROTOSS).atClock(60).bank(300, 0).food(14, 15);
        first.own(NEXUS, 1, FakeView.main());
        first.own(PROBE, 14, FakeView.main());
        RecordingCommands a = new RecordingCommands();
        RecordingCommands b = new RecordingCommands();
        ai(Race.PROTOSS, Difficulty.MEDIUM).onStep(first, a);
        ai(Race.PROTOSS, Difficulty.MEDIUM).onStep(first, b);
        assertThat(a.issued).isNotEmpty().isEqualTo(b.issued);

        BuiltInAi slow = ai(Race.PROTOSS, Difficulty.VERY_EASY);
        RecordingCommands c = new RecordingCommands();
        slow.onStep(first, c);
        int afterFirst = c.issued.size();
        slow.onStep(first, c);
        assertThat(c.issued).hasSize(afterFirst);
    }
}
