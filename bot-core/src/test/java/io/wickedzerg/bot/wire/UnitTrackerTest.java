package io.wickedzerg.bot.wire;

import static org.assertj.core.api.Assertions.assertThat;

import SC2APIProtocol.Common;
import SC2APIProtocol.Raw;
import SC2APIProtocol.Sc2Api;
import io.wickedzerg.bot.wire.UnitTracker.Event;
import io.wickedzerg.bot.wire.UnitTracker.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ocraft's unit-event rules, on observations built here (ControlInterfaceImpl.issueEvents). */
class UnitTrackerTest {

    private final UnitTracker tracker = new UnitTracker();

    private static Raw.Unit unit(long tag, Raw.Alliance alliance, float progress) {
        return Raw.Unit.newBuilder().setTag(tag).setUnitType(104).setAlliance(alliance)
                .setDisplayType(Raw.DisplayType.Visible).setPos(Common.Point.newBuilder().setX(tag).setY(1))
                .setBuildProgress(progress).build();
    }

    private static Sc2Api.Observation obs(long loop, List<Raw.Unit> units, long... dead) {
        Raw.ObservationRaw.Builder raw = Raw.ObservationRaw.newBuilder().addAllUnits(units);
        for (long tag : dead) {
            raw.getEventBuilder().addDeadUnits(tag);
        }
        return Sc2Api.Observation.newBuilder().setGameLoop((int) loop).setRawData(raw).build();
    }

    private static List<Long> tags(List<Event> events, Kind kind) {
        return events.stream().filter(e -> e.kind() == kind).map(e -> e.unit().getTag()).toList();
    }

    @Test
    void theStartingUnitsAreNotCreatedAndNewOwnUnitsAreOnce() {
        Raw.Unit hatch = unit(1, Raw.Alliance.Self, 1f);
        Raw.Unit enemy = unit(2, Raw.Alliance.Enemy, 1f);
        assertThat(tracker.update(obs(0, List.of(hatch, enemy)))).isEmpty();
        assertThat(tracker.update(obs(2, List.of(hatch, enemy)))).isEmpty();

        Raw.Unit drone = unit(3, Raw.Alliance.Self, 1f);
        Raw.Unit enemyNew = unit(4, Raw.Alliance.Enemy, 1f);
        List<Event> events = tracker.update(obs(4, List.of(hatch, enemy, drone, enemyNew)));

        assertThat(tags(events, Kind.CREATED)).containsExactly(3L);
        // gone from sight (a drone in an extractor) and back: created was reported for this tag already
        tracker.update(obs(6, List.of(hatch)));
        assertThat(tags(tracker.update(obs(8, List.of(hatch, drone))), Kind.CREATED)).isEmpty();
    }

    @Test
    void aUnitInTheDeadListThatWasEverSeenIsDestroyedAndLeavesTheUnits() {
        Raw.Unit hatch = unit(1, Raw.Alliance.Self, 1f);
        Raw.Unit zealot = unit(7, Raw.Alliance.Enemy, 1f);
        tracker.update(obs(0, List.of(hatch, zealot)));
        tracker.update(obs(2, List.of(hatch)));

        List<Event> events = tracker.update(obs(4, List.of(hatch, zealot), 7, 99));

        assertThat(tags(events, Kind.DESTROYED)).as("99 was never seen").containsExactly(7L);
        assertThat(events.get(0).unit()).isEqualTo(zealot);
        assertThat(tracker.exists(7)).isFalse();
        assertThat(tracker.units()).containsExactly(hatch);
    }

    @Test
    void aStructureIsCompleteWhenItsProgressReachesExactlyOne() {
        tracker.update(obs(0, List.of(unit(1, Raw.Alliance.Self, 1f))));
        tracker.update(obs(2, List.of(unit(1, Raw.Alliance.Self, 1f), unit(5, Raw.Alliance.Self, 0.5f))));
        assertThat(tags(tracker.update(obs(4, List.of(unit(1, Raw.Alliance.Self, 1f),
                unit(5, Raw.Alliance.Self, 0.99f)))), Kind.CONSTRUCTION_COMPLETE)).isEmpty();

        List<Event> events = tracker.update(obs(6, List.of(unit(1, Raw.Alliance.Self, 1f),
                unit(5, Raw.Alliance.Self, 1f))));

        assertThat(tags(events, Kind.CONSTRUCTION_COMPLETE)).containsExactly(5L);
        assertThat(tags(tracker.update(obs(8, List.of(unit(5, Raw.Alliance.Self, 1f)))),
                Kind.CONSTRUCTION_COMPLETE)).as("once").isEmpty();
    }

    @Test
    void anObservationOfTheSameLoopHasNoEvents() {
        tracker.update(obs(0, List.of(unit(1, Raw.Alliance.Self, 1f))));
        tracker.update(obs(2, List.of(unit(1, Raw.Alliance.Self, 1f))));

        List<Event> events = tracker.update(obs(2, List.of(unit(1, Raw.Alliance.Self, 1f),
                unit(3, Raw.Alliance.Self, 1f))));

        assertThat(events).isEmpty();
        assertThat(tracker.loopMoved()).isFalse();
    }
}
