package io.wickedzerg.bot.manager;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.ocraft.s2client.protocol.data.Abilities;
import com.github.ocraft.s2client.protocol.data.Units;
import io.wickedzerg.bot.core.Command;
import io.wickedzerg.bot.model.Point2;
import io.wickedzerg.bot.model.StepSnapshot;
import io.wickedzerg.bot.model.UnitView;
import io.wickedzerg.bot.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class CombatManagerTest {

    /** {@code roaches} roaches at (x, y), tags 800+. */
    private static StepSnapshot.Builder withArmy(int roaches, double x, double y) {
        StepSnapshot.Builder b = Fixtures.opening().gameLoop(5000);
        for (int i = 0; i < roaches; i++) {
            b.add(UnitView.builder(800 + i, Units.ZERG_ROACH).pos(x + i * 0.3, y).health(145, 145).build());
        }
        return b;
    }

    @Test
    void gathersAtTheRallyUntilTheAttackSupply() {
        CombatManager combat = new CombatManager();
        Fixtures.Ctx ctx = Fixtures.context(withArmy(5, 60, 60).build(Fixtures.TECH));

        combat.onStep(ctx.context);
        List<Command> sent = ctx.flush();

        assertThat(combat.mode()).isEqualTo(CombatManager.Mode.GATHER);
        assertThat(sent).singleElement().satisfies(c -> {
            assertThat(c.tags()).hasSize(5);
            assertThat(c.target().distance(Fixtures.MAIN)).as("rally in front of the main").isLessThan(10);
        });
        assertThat(ctx.events).isEmpty();
    }

    @Test
    void attacksAsOneGroupAtTheAttackSupplyAndSaysSo() {
        CombatManager combat = new CombatManager();
        // 18 roaches = 36 supply = the default attack supply.
        Fixtures.Ctx ctx = Fixtures.context(withArmy(18, 40, 40).build(Fixtures.TECH));

        combat.onStep(ctx.context);
        List<Command> sent = ctx.flush();

        assertThat(combat.mode()).isEqualTo(CombatManager.Mode.ATTACK);
        assertThat(ctx.events).singleElement().satisfies(e -> assertThat(e.getKey()).isEqualTo("attack_started"));
        assertThat(sent).singleElement().satisfies(c -> {
            assertThat(c.ability()).isEqualTo(Abilities.ATTACK);
            assertThat(c.target()).isEqualTo(Fixtures.ENEMY);
            assertThat(c.tags()).hasSize(18);
        });
    }

    @Test
    void defendsABaseUnderAttack() {
        Fixtures.Ctx ctx = Fixtures.context(withArmy(3, 60, 60)
                .add(UnitView.builder(900, Units.TERRAN_MARINE).enemy().pos(40, 30).build()).build(Fixtures.TECH));

        new CombatManager().onStep(ctx.context);

        assertThat(ctx.flush()).singleElement().satisfies(c -> {
            assertThat(c.ability()).isEqualTo(Abilities.ATTACK);
            assertThat(c.target().distance(new io.wickedzerg.bot.model.Point2(40, 30))).isLessThan(0.01);
        });
    }

    @Test
    void unitsInAFightFocusTheWeakestEnemyUnitNotBuildings() {
        Fixtures.Ctx ctx = Fixtures.context(withArmy(2, 100, 100)
                .add(UnitView.builder(900, Units.TERRAN_MARINE).enemy().pos(103, 100).health(45, 45).build())
                .add(UnitView.builder(901, Units.TERRAN_MARINE).enemy().pos(104, 100).health(10, 45).build())
                .add(UnitView.builder(902, Units.TERRAN_SUPPLY_DEPOT).enemy().pos(101, 101).health(5, 400).build())
                .build(Fixtures.TECH));
        CombatManager combat = new CombatManager();
        // Force the attack: lower the attack supply to what we have.
        Fixtures.Ctx attacking = ctx.withStrategy(io.wickedzerg.bot.testing.Strategies.defaults()
                .overriddenBy(java.util.Map.of("attack_supply", 12.0), "t"));

        combat.onStep(attacking.context);
        List<Command> sent = attacking.flush();

        assertThat(sent).allSatisfy(c -> assertThat(c.targetTag()).isEqualTo(901L));
    }

    @Test
    void retreatsWhenTheArmyIsMostlyLostAndTheEnemyIsStronger() {
        CombatManager combat = new CombatManager();
        Fixtures.Ctx start = Fixtures.context(withArmy(18, 40, 40).build(Fixtures.TECH));
        combat.onStep(start.context);
        start.flush();

        StepSnapshot.Builder beaten = withArmy(2, 100, 100);
        for (int i = 0; i < 10; i++) {
            beaten.add(UnitView.builder(900 + i, Units.TERRAN_MARAUDER).enemy().pos(110, 100 + i).build());
        }
        Fixtures.Ctx after = start.next(beaten.build(Fixtures.TECH));
        combat.onStep(after.context);

        assertThat(combat.mode()).isEqualTo(CombatManager.Mode.GATHER);
        assertThat(after.events).anySatisfy(e -> assertThat(e.getKey()).isEqualTo("retreat"));
    }

    @Test
    void withNothingLeftToFindTheArmySplitsOverTheMap() {
        CombatManager combat = new CombatManager();
        Fixtures.Ctx first = Fixtures.context(withArmy(18, 40, 40).build(Fixtures.TECH));
        combat.onStep(first.context);
        first.flush();
        // Our units stand on the enemy start and see nothing: it is ruled out, nothing is known.
        Fixtures.Ctx empty = first.next(withArmy(18, Fixtures.ENEMY.x(), Fixtures.ENEMY.y()).gameLoop(5100).build(Fixtures.TECH));

        combat.onStep(empty.context);
        List<Command> sent = empty.flush();

        assertThat(empty.intel.isRuledOut(Fixtures.ENEMY)).isTrue();
        assertThat(sent.stream().map(Command::target).distinct().count()).as("different points").isGreaterThan(10);
    }

    @Test
    void attacksAVisibleGroundEnemyWhenNoStructureIsKnownAndTheStartIsEmpty() {
        CombatManager combat = new CombatManager();
        Fixtures.Ctx ctx = Fixtures.context(withArmy(18, 40, 40)
                .add(UnitView.builder(700, Units.ZERG_OVERLORD).flying(true).pos(Fixtures.ENEMY).build())
                .add(UnitView.builder(990, Units.TERRAN_MARINE).enemy().pos(90, 90).build())
                .build(Fixtures.TECH));

        combat.onStep(ctx.context);

        assertThat(ctx.intel.isRuledOut(Fixtures.ENEMY)).isTrue();
        assertThat(ctx.flush()).anySatisfy(c -> {
            assertThat(c.tags()).hasSize(18);
            assertThat(c.target()).isEqualTo(new io.wickedzerg.bot.model.Point2(90, 90));
        });
    }

    @Test
    void aLoneFlyerIsChasedByHydralisksWhileTheRestSearchTheMap() {
        CombatManager combat = new CombatManager();
        StepSnapshot.Builder army = withArmy(18, 40, 40);
        for (int i = 0; i < 6; i++) {
            army.add(UnitView.builder(850 + i, Units.ZERG_HYDRALISK).pos(41 + i * 0.3, 41).health(90, 90).build());
        }
        Fixtures.Ctx ctx = Fixtures.context(army
                .add(UnitView.builder(700, Units.ZERG_OVERLORD).flying(true).pos(Fixtures.ENEMY).build())
                .add(UnitView.builder(990, Units.TERRAN_VIKING_FIGHTER).enemy().flying(true).pos(90, 90).build())
                .build(Fixtures.TECH));

        combat.onStep(ctx.context);
        List<Command> sent = ctx.flush();

        io.wickedzerg.bot.model.Point2 viking = new io.wickedzerg.bot.model.Point2(90, 90);
        assertThat(sent).filteredOn(c -> c.target().equals(viking)).flatExtracting(Command::tags)
                .as("the hydralisks").containsExactlyInAnyOrder(850L, 851L, 852L, 853L, 854L, 855L);
        assertThat(sent.stream().filter(c -> !c.target().equals(viking)).map(Command::target).distinct().count())
                .as("the roaches spread over the map").isGreaterThan(10);
    }

    @Test
    void anAttackingArmyDoesNotTurnBackForALoneScout() {
        CombatManager combat = new CombatManager();
        Fixtures.Ctx start = Fixtures.context(withArmy(18, 60, 60).build(Fixtures.TECH));
        combat.onStep(start.context);
        start.flush();
        Fixtures.Ctx scouted = start.next(withArmy(18, 60, 60)
                .add(UnitView.builder(990, Units.PROTOSS_ZEALOT).enemy().pos(33, 33).build()).build(Fixtures.TECH));

        combat.onStep(scouted.context);

        assertThat(scouted.flush()).allSatisfy(c -> assertThat(c.target()).isEqualTo(Fixtures.ENEMY));
    }

    /** An army that found the enemy start empty (loop 5100) and has just been sent searching. */
    private record Hunt(CombatManager combat, Fixtures.Ctx ctx, java.util.Map<Long, Point2> targets) {
        static Hunt started() {
            CombatManager combat = new CombatManager();
            Fixtures.Ctx first = Fixtures.context(withArmy(18, 40, 40).build(Fixtures.TECH));
            combat.onStep(first.context);
            first.flush();
            Fixtures.Ctx hunting = first.next(withArmy(18, Fixtures.ENEMY.x(), Fixtures.ENEMY.y()).gameLoop(5100)
                    .build(Fixtures.TECH));
            combat.onStep(hunting.context);
            return new Hunt(combat, hunting, targetsByUnit(hunting.flush()));
        }
    }

    @Test
    void aSearchPointNobodyReachesIsGivenUpAndItsUnitMovesOn() {
        Hunt hunt = Hunt.started();
        CombatManager combat = hunt.combat();
        Fixtures.Ctx hunting = hunt.ctx();
        java.util.Map<Long, Point2> targets = hunt.targets();

        // Nobody moves (every point is behind a cliff, say): before the give-up time units keep their points,
        // after it they get new ones.
        long loopsToGiveUp = (long) (CombatManager.HUNT_GIVE_UP_SECONDS * 22.4);
        Fixtures.Ctx stuck = hunting.next(withArmy(18, Fixtures.ENEMY.x(), Fixtures.ENEMY.y())
                .gameLoop(5100 + loopsToGiveUp - 50).build(Fixtures.TECH));
        combat.onStep(stuck.context);
        assertThat(targetsByUnit(stuck.flush())).isEqualTo(targets);

        Fixtures.Ctx givenUp = stuck.next(withArmy(18, Fixtures.ENEMY.x(), Fixtures.ENEMY.y())
                .gameLoop(5100 + loopsToGiveUp + 50).build(Fixtures.TECH));
        combat.onStep(givenUp.context);
        java.util.Map<Long, Point2> moved = targetsByUnit(givenUp.flush());
        assertThat(moved.values()).as("new points").doesNotContainAnyElementsOf(targets.values()).hasSize(18);
    }

    @Test
    void huntingUnitsKeepTheirPointUntilItHasBeenSearched() {
        Hunt hunt = Hunt.started();
        CombatManager combat = hunt.combat();
        Fixtures.Ctx hunting = hunt.ctx();
        java.util.Map<Long, Point2> targets = hunt.targets();

        // Unit 800 reaches its point; everyone else is still on the way.
        StepSnapshot.Builder later = Fixtures.opening().gameLoop(5200);
        for (int i = 0; i < 18; i++) {
            Point2 at = i == 0 ? targets.get(800L) : Fixtures.ENEMY;
            later.add(UnitView.builder(800 + i, Units.ZERG_ROACH).pos(at.x(), at.y()).health(145, 145).build());
        }
        Fixtures.Ctx next = hunting.next(later.build(Fixtures.TECH));
        combat.onStep(next.context);
        java.util.Map<Long, Point2> retargeted = targetsByUnit(next.flush());

        assertThat(targets.values()).doesNotContain(Fixtures.ENEMY).as("spread out").hasSizeGreaterThan(10);
        assertThat(retargeted.get(800L)).isNotNull().isNotEqualTo(targets.get(800L));
        for (long tag = 801; tag < 818; tag++) {
            assertThat(retargeted.get(tag)).as("unit %d keeps its point", tag).isEqualTo(targets.get(tag));
        }
        assertThat(retargeted.values()).doesNotContain(targets.get(800L));
    }

    private static java.util.Map<Long, Point2> targetsByUnit(List<Command> sent) {
        java.util.Map<Long, Point2> out = new java.util.HashMap<>();
        for (Command c : sent) {
            c.tags().forEach(t -> out.put(t, c.target()));
        }
        return out;
    }
}
