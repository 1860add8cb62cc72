package io.wickedzerg.bot.game;

import static org.assertj.core.api.Assertions.assertThat;

import SC2APIProtocol.Common;
import SC2APIProtocol.Raw;
import com.github.ocraft.s2client.bot.gateway.UnitInPool;
import com.github.ocraft.s2client.protocol.data.Units;
import com.github.ocraft.s2client.protocol.unit.Tag;
import com.github.ocraft.s2client.protocol.unit.Unit;
import io.wickedzerg.bot.telemetry.TelemetryLogger;
import io.wickedzerg.bot.testing.Fixtures;
import io.wickedzerg.bot.testing.RecordingTelemetry;
import org.junit.jupiter.api.Test;

/** ocraft's unit callbacks, fed with ocraft units as the game's protobuf makes them, reach telemetry. */
class UnitEventRelayTest {

    private final RecordingTelemetry client = new RecordingTelemetry();
    private final TelemetryLogger logger = new TelemetryLogger(client, "g1", 22);
    private final UnitEventRelay relay = new UnitEventRelay(logger);

    /** A unit as ocraft keeps it in its pool, built from the game's wire message. */
    private static UnitInPool pooled(long tag, Units type, Raw.Alliance alliance, float buildProgress, float x, float y) {
        Raw.Unit raw = Raw.Unit.newBuilder().setTag(tag).setUnitType(type.getUnitTypeId()).setAlliance(alliance)
                .setOwner(alliance == Raw.Alliance.Self ? 1 : 2).setDisplayType(Raw.DisplayType.Visible)
                .setPos(Common.Point.newBuilder().setX(x).setY(y).setZ(10)).setBuildProgress(buildProgress)
                .setHealth(40).setHealthMax(40).build();
        return new UnitInPool(Tag.of(tag)).update(Unit.from(raw), 100, true);
    }

    @Test
    void ourUnitDestroyedIsAUnitLostAtTheGameLoopOfTheEvent() {
        relay.destroyed(SnapshotFactory.viewOf(pooled(7, Units.ZERG_ZERGLING, Raw.Alliance.Self, 1f, 50.5f, 60f)), 1234);
        relay.destroyed(SnapshotFactory.viewOf(pooled(8, Units.PROTOSS_ZEALOT, Raw.Alliance.Enemy, 1f, 51f, 60f)), 1234);

        assertThat(client.ofKind("unit_lost")).singleElement().satisfies(e -> {
            assertThat(e.gameLoop()).isEqualTo(1234);
            assertThat(e.fields()).containsEntry("type", "ZERG_ZERGLING").containsEntry("x", 50.5).containsEntry("y", 60.0);
        });
    }

    @Test
    void aDroneTurningIntoAHatcheryIsNoLoss() {
        relay.destroyed(SnapshotFactory.viewOf(pooled(100, Units.ZERG_DRONE, Raw.Alliance.Self, 1f, 30f, 60f)), 900);
        relay.created(SnapshotFactory.viewOf(pooled(101, Units.ZERG_HATCHERY, Raw.Alliance.Self, 0f, 30.5f, 60.5f)), 900);
        logger.onStep(Fixtures.opening().gameLoop(900).build(Fixtures.TECH), new io.wickedzerg.bot.core.EnemyIntel(), 0);

        assertThat(client.ofKind("unit_lost")).isEmpty();
    }

    @Test
    void constructionCompleteOfOurStructureIsStructureFinished() {
        relay.constructionComplete(SnapshotFactory.viewOf(pooled(401, Units.ZERG_ROACH_WARREN, Raw.Alliance.Self, 1f, 33f, 22f)), 2000);

        assertThat(client.ofKind("structure_finished")).singleElement().satisfies(e -> {
            assertThat(e.gameLoop()).isEqualTo(2000);
            assertThat(e.fields()).containsEntry("type", "ZERG_ROACH_WARREN");
        });
    }

    @Test
    void aPooledUnitWithoutDataIsSkippedNotThrown() {
        relay.destroyed(SnapshotFactory.viewOf(new UnitInPool(Tag.of(9L))), 10);

        assertThat(client.events).isEmpty();
        assertThat(relay.unreadable()).isEqualTo(1);
    }
}
