package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.data.UnitTypeIds;
import io.wickedzerg.sim.engine.command.Command;
import io.wickedzerg.sim.engine.view.UnitView;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CombatTest {
    private static final int HALF_MINUTE = 22 * 30;

    @Test
    void aZealotBeatsTwoZerglingsAndKeepsMostOfItsHealth() {
        Battlefield field = new Battlefield();
        List<Long> zealot = field.spawn(1, UnitTypeIds.ZEALOT, 1, field.at(-2, 0));
        List<Long> lings = field.spawn(2, UnitTypeIds.ZERGLING, 2, field.at(2, 0));
        field.attackMove(1, zealot, field.at(2, 0));
        field.attackMove(2, lings, field.at(-2, 0));

        field.fight(zealot, lings, HALF_MINUTE);

        assertThat(field.alive(2, lings)).isEmpty();
        UnitView survivor = field.alive(1, zealot).get(0);
        // two lings strip the 50 shields, then 4 a hit (armor 1) eats into the 100 health
        assertThat(survivor.shield()).isLessThan(50f);
        assertThat(survivor.health()).isBetween(50f, 100f);
    }

    @Test
    void eightZerglingsBeatFourMarinesButLoseSome() {
        Battlefield field = new Battlefield();
        List<Long> marines = field.spawn(1, UnitTypeIds.MARINE, 4, field.at(-4, 0));
        List<Long> lings = field.spawn(2, UnitTypeIds.ZERGLING, 8, field.at(5, 0));
        field.game.issue(1, new Command.HoldPosition(marines, false));
        field.attackMove(2, lings, field.at(-4, 0));

        field.fight(marines, lings, HALF_MINUTE);

        assertThat(field.alive(1, marines)).isEmpty();
        // the marines get a few volleys off from range 5 while the lings close in: some lings fall, not all
        assertThat(field.alive(2, lings)).hasSizeBetween(1, 6);
    }

    @Test
    void armorReducesEachHitOnHealth() {
        Battlefield field = new Battlefield();
        long marine = field.spawn(1, UnitTypeIds.MARINE, 1, field.at(0, 0)).get(0);
        long marauder = field.spawn(2, UnitTypeIds.MARAUDER, 1, field.at(4, 0)).get(0);

        field.game.issue(1, new Command.Attack(List.of(marine), marauder, false));
        UnitView hit = firstHitOn(field, 2, marauder);

        assertThat(hit.health()).isCloseTo(125f - (6 - 1), within(1e-3f)); // marine 6 against armor 1
    }

    @Test
    void bonusDamageAppliesOnlyAgainstItsAttribute() {
        Battlefield armored = new Battlefield();
        long marauder = armored.spawn(1, UnitTypeIds.MARAUDER, 1, armored.at(0, 0)).get(0);
        long roach = armored.spawn(2, UnitTypeIds.ROACH, 1, armored.at(5.5, 0)).get(0);
        armored.game.issue(1, new Command.Attack(List.of(marauder), roach, false));
        // 10 + 10 against armored, minus the roach's armor 1
        assertThat(firstHitOn(armored, 2, roach).health()).isCloseTo(145f - 19, within(1e-3f));

        Battlefield light = new Battlefield();
        long marauder2 = light.spawn(1, UnitTypeIds.MARAUDER, 1, light.at(0, 0)).get(0);
        long ling = light.spawn(2, UnitTypeIds.ZERGLING, 1, light.at(5.5, 0)).get(0);
        light.game.issue(1, new Command.Attack(List.of(marauder2), ling, false));
        assertThat(firstHitOn(light, 2, ling).health()).isCloseTo(35f - 10, within(1e-3f));
    }

    @Test
    void shieldsTakeFullDamageBeforeHealth() {
        Battlefield field = new Battlefield();
        long marine = field.spawn(1, UnitTypeIds.MARINE, 1, field.at(0, 0)).get(0);
        long zealot = field.spawn(2, UnitTypeIds.ZEALOT, 1, field.at(4, 0)).get(0);
        field.game.issue(2, new Command.HoldPosition(List.of(zealot), false));
        field.game.issue(1, new Command.Attack(List.of(marine), zealot, false));

        UnitView hit = firstHitOn(field, 2, zealot);

        assertThat(hit.shield()).isCloseTo(50f - 6, within(1e-3f));
        assertThat(hit.health()).isEqualTo(100f);
    }

    @Test
    void unitsOnOneSpotSpreadUntilTheyNoLongerOverlap() {
        Battlefield field = new Battlefield();
        List<Long> lings = field.spawn(2, UnitTypeIds.ZERGLING, 12, field.at(0, 0));

        field.game.step(64);

        List<UnitView> spread = field.alive(2, lings);
        assertThat(spread).hasSize(12);
        for (UnitView a : spread) {
            assertThat(a.position().distanceTo(field.at(0, 0))).as("pushed, not scattered").isLessThan(4.5);
            for (UnitView b : spread) {
                if (a.tag() < b.tag()) {
                    assertThat(a.position().distanceTo(b.position()))
                            .as("gap between %d and %d", a.tag(), b.tag())
                            .isGreaterThan(0.9 * (a.radius() + b.radius()));
                }
            }
        }
    }

    @Test
    void aCrowdSentToOnePointStopsAroundIt() {
        Battlefield field = new Battlefield();
        List<Long> lings = field.spawn(2, UnitTypeIds.ZERGLING, 16, field.at(-5, 0));
        field.game.issue(2, new Command.Move(lings, new io.wickedzerg.sim.engine.command.Target.At(field.at(4, 0)), false));

        field.game.step(22 * 8);

        assertThat(field.alive(2, lings)).allSatisfy(u -> {
            assertThat(u.orders()).as("orders of %d", u.tag()).isEmpty();
            assertThat(u.position().distanceTo(field.at(4, 0))).isLessThan(3.0);
        });
    }

    @Test
    void theSameBattleTwiceEndsTheSameWay() {
        assertThat(battleOutcome()).isEqualTo(battleOutcome());
    }

    private static List<String> battleOutcome() {
        Battlefield field = new Battlefield();
        List<Long> marines = field.spawn(1, UnitTypeIds.MARINE, 20, field.at(-4, 0));
        List<Long> lings = field.spawn(2, UnitTypeIds.ZERGLING, 30, field.at(4, 0));
        field.attackMove(1, marines, field.at(4, 0));
        field.attackMove(2, lings, field.at(-4, 0));
        field.game.step(22 * 10);
        return java.util.stream.Stream.concat(field.alive(1, marines).stream(), field.alive(2, lings).stream())
                .map(u -> u.tag() + "@" + u.position() + ":" + u.health()).toList();
    }

    /** Steps until the unit has taken damage and returns how it looks then. */
    private static UnitView firstHitOn(Battlefield field, int owner, long tag) {
        for (int i = 0; i < HALF_MINUTE; i++) {
            field.game.step(1);
            UnitView u = field.unit(owner, tag).orElseThrow();
            if (u.health() < u.healthMax() || u.shield() < u.shieldMax()) {
                return u;
            }
        }
        throw new AssertionError("unit " + tag + " was never hit");
    }
}
