package io.wickedzerg.bot.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.ocraft.s2client.protocol.data.Units;
import com.github.ocraft.s2client.protocol.unit.Alliance;
import io.wickedzerg.bot.core.EnemyIntel;
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
    void aUnitIsLostWhenTheGameSaysItDiedAndOnlyIfItIsOurs() {
        logger.unitDestroyed(120, UnitView.builder(800, Units.ZERG_ROACH).pos(40, 41).build());
        logger.unitDestroyed(120, UnitView.builder(900, Units.TERRAN_MARINE).alliance(Alliance.ENEMY).build());

        assertThat(client.ofKind("unit_lost")).singleElement().satisfies(e -> {
            assertThat(e.gameLoop()).as("the loop of the game's event").isEqualTo(120);
            assertThat(e.fields()).containsEntry("type", "ZERG_ROACH").containsEntry("x", 40.0).containsEntry("y", 41.0);
        });
        assertThat(logger.unitsLost()).isEqualTo(1);
    }

    @Test
    void aUnitGoneFromTheObservationWithoutTheGamesWordIsNotALoss() {
        // Larva hatch, drones become buildings, units walk into a transport: only the game knows which died.
        logger.onStep(Fixtures.opening().add(UnitView.builder(800, Units.ZERG_ROACH).build()).build(Fixtures.TECH), intel, 0);
        logger.onStep(Fixtures.opening().gameLoop(2).build(Fixtures.TECH), intel, 0);

        assertThat(client.ofKind("unit_lost")).isEmpty();
    }

    @Test
    void aDroneThatBecameABuildingIsNotLostButOneKilledTheSameStepIs() {
        // The game reports both drones dead and one extractor new in the same observation.
        logger.unitDestroyed(300, Fixtures.drone(100, 20, 20).build());
        logger.unitDestroyed(300, Fixtures.drone(101, 50, 50).build());
        logger.unitCreated(300, UnitView.builder(650, Units.ZERG_EXTRACTOR).buildProgress(0f).build());
        logger.onStep(Fixtures.opening().gameLoop(300).build(Fixtures.TECH), intel, 0);

        assertThat(client.ofKind("unit_lost")).singleElement().satisfies(e -> {
            assertThat(e.gameLoop()).isEqualTo(300);
            assertThat(e.fields()).containsEntry("type", "ZERG_DRONE");
        });

        // The next step starts over: a structure seen before does not excuse a drone dying now.
        logger.unitDestroyed(302, Fixtures.drone(102, 20, 20).build());
        logger.unitCreated(302, UnitView.builder(651, Units.ZERG_CREEP_TUMOR_QUEEN).buildProgress(0f).build());
        logger.onStep(Fixtures.opening().gameLoop(302).build(Fixtures.TECH), intel, 0);

        assertThat(client.ofKind("unit_lost")).hasSize(2);
        assertThat(logger.unitsLost()).isEqualTo(2);
    }

    @Test
    void aDroneKilledOnTheLastStepIsReportedAtTheGameEnd() {
        logger.onStep(Fixtures.opening().gameLoop(500).build(Fixtures.TECH), intel, 0);
        logger.unitDestroyed(502, Fixtures.drone(100, 20, 20).build());

        logger.gameEnd(Map.of("result", "Defeat"));

        assertThat(client.events).extracting(e -> e.kind()).endsWith("unit_lost", "game_end");
    }

    @Test
    void aStructureIsFinishedWhenTheGameSaysSo() {
        logger.constructionComplete(640, UnitView.builder(401, Units.ZERG_SPAWNING_POOL).pos(30, 20).build());
        logger.constructionComplete(640, UnitView.builder(900, Units.TERRAN_BARRACKS).alliance(Alliance.ENEMY).build());
        logger.constructionComplete(641, UnitView.builder(402, Units.ZERG_QUEEN).build());

        assertThat(client.ofKind("structure_finished")).singleElement().satisfies(e -> {
            assertThat(e.gameLoop()).isEqualTo(640);
            assertThat(e.fields()).containsEntry("type", "ZERG_SPAWNING_POOL").containsEntry("x", 30.0);
        });
    }

    @Test
    void aStructureThatIsFinishedInTheObservationIsNotReportedWithoutTheGamesEvent() {
        logger.onStep(Fixtures.opening().add(UnitView.builder(401, Units.ZERG_SPAWNING_POOL).buildProgress(0.9f).build())
                .build(Fixtures.TECH), intel, 0);
        logger.onStep(Fixtures.opening().gameLoop(2).add(UnitView.builder(401, Units.ZERG_SPAWNING_POOL).build())
                .build(Fixtures.TECH), intel, 0);

        assertThat(client.ofKind("structure_finished")).isEmpty();
    }

    @Test
    void managerEventsAndTheGameEndGoThroughTheSameClient() {
        logger.emit("attack_started", Map.of("army_supply", 36));
        logger.gameEnd(Map.of("result", "Victory"));

        assertThat(client.events).extracting(e -> e.kind()).containsExactly("attack_started", "game_end");
        assertThat(client.flushes).as("game end flushes").isEqualTo(1);
    }
}
