package io.wickedzerg.bot.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.ocraft.s2client.protocol.data.Units;
import io.wickedzerg.bot.core.EnemyIntel;
import io.wickedzerg.bot.model.StepSnapshot;
import io.wickedzerg.bot.model.UnitView;
import io.wickedzerg.bot.testing.Fixtures;
import io.wickedzerg.bot.testing.RecordingTelemetry;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TelemetryLoggerTest {

    private final RecordingTelemetry client = new RecordingTelemetry();
    private final TelemetryLogger logger = new TelemetryLogger(client, "g1", 22);
    private final EnemyIntel intel = new EnemyIntel();

    @Test
    void samplesEveryNGameLoopsWithTheGameState() {
        for (long loop = 0; loop <= 66; loop += 2) {
            logger.onStep(Fixtures.opening().gameLoop(loop).build(Fixtures.TECH), intel, 250_000);
        }

        assertThat(client.ofKind("sample")).extracting(e -> e.gameLoop()).containsExactly(0L, 22L, 44L, 66L);
        Map<String, Object> f = client.ofKind("sample").get(0).fields();
        assertThat(f).containsEntry("minerals", 50).containsEntry("supply_used", 12).containsEntry("supply_cap", 14)
                .containsEntry("workers", 12).containsEntry("larva", 3).containsEntry("bases", 1)
                .containsEntry("army_supply", 0).containsEntry("step_ms", 0.25);
        @SuppressWarnings("unchecked")
        Map<String, Integer> byType = (Map<String, Integer>) f.get("units_by_type");
        assertThat(byType).containsEntry("ZERG_DRONE", 12);
        assertThat(client.events).allSatisfy(e -> assertThat(e.gameId()).isEqualTo("g1"));
        assertThat(logger.chart()).hasSize(4);
    }

    @Test
    void reportsUnitsLostButNotLarvaThatHatched() {
        logger.onStep(Fixtures.opening().add(UnitView.builder(800, Units.ZERG_ROACH).build()).build(Fixtures.TECH), intel, 0);
        StepSnapshot.Builder next = StepSnapshot.builder().gameLoop(2).bank(50, 0).supply(12, 14);
        Fixtures.opening().build(Fixtures.TECH).mine().stream().filter(u -> u.type() != Units.ZERG_LARVA).forEach(next::add);

        logger.onStep(next.build(Fixtures.TECH), intel, 0);

        assertThat(client.ofKind("unit_lost")).singleElement()
                .satisfies(e -> assertThat(e.fields()).containsEntry("type", "ZERG_ROACH"));
        assertThat(logger.unitsLost()).isEqualTo(1);
    }

    @Test
    void reportsAStructureWhenItFinishes() {
        logger.onStep(Fixtures.opening().add(UnitView.builder(401, Units.ZERG_SPAWNING_POOL).buildProgress(0.9f).build())
                .build(Fixtures.TECH), intel, 0);
        logger.onStep(Fixtures.opening().gameLoop(2).add(UnitView.builder(401, Units.ZERG_SPAWNING_POOL).build())
                .build(Fixtures.TECH), intel, 0);

        assertThat(client.ofKind("structure_finished")).singleElement()
                .satisfies(e -> assertThat(e.fields()).containsEntry("type", "ZERG_SPAWNING_POOL"));
    }

    @Test
    void managerEventsAndTheGameEndGoThroughTheSameClient() {
        logger.emit("attack_started", Map.of("army_supply", 36));
        logger.gameEnd(Map.of("result", "Victory"));

        assertThat(client.events).extracting(e -> e.kind()).containsExactly("attack_started", "game_end");
        assertThat(client.flushes).as("game end flushes").isEqualTo(1);
    }
}
