package io.wickedzerg.sim.protocol;

import SC2APIProtocol.Raw;
import SC2APIProtocol.Sc2Api;
import com.google.protobuf.Descriptors;
import io.wickedzerg.sim.data.Sc2Fixtures;
import io.wickedzerg.sim.engine.Alert;
import io.wickedzerg.sim.engine.Game;
import io.wickedzerg.sim.engine.TestGames;
import io.wickedzerg.sim.data.UnitTypeIds;
import io.wickedzerg.sim.engine.command.Command;
import io.wickedzerg.sim.engine.view.PlayerView;
import io.wickedzerg.sim.engine.view.UnitView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ObservationEncoderTest {
    private static final List<String> FIXTURE_MAPS = List.of("AbyssalReefLE", "AcidPlantLE", "AutomatonLE",
            "CyberForestLE", "KairosJunctionLE", "KingsCoveLE");


    @Test
    void unitsUnderFogCarryExactlyTheFieldsTheRealGameSendsForThem() {
        Set<Set<String>> real = FIXTURE_MAPS.stream().map(Sc2Fixtures::observation)
                .flatMap(o -> o.getObservation().getRawData().getUnitsList().stream())
                .filter(u -> u.getDisplayType() == Raw.DisplayType.Snapshot)
                .map(ObservationEncoderTest::fieldsOf).collect(Collectors.toSet());
        assertThat(real).as("one field set for every snapshot in six real observations").hasSize(1);

        Game game = TestGames.zergAgainstIdleTerran();
        Sc2Api.ResponseObservation ours = new ObservationEncoder(game.terrain()).encode(game, 1);
        List<Raw.Unit> snapshots = ours.getObservation().getRawData().getUnitsList().stream()
                .filter(u -> u.getDisplayType() == Raw.DisplayType.Snapshot).toList();

        assertThat(snapshots).as("resources beyond the main's sight").hasSizeGreaterThan(20);
        assertThat(snapshots).extracting(ObservationEncoderTest::fieldsOf).containsOnly(real.iterator().next());
        assertThat(snapshots).allSatisfy(u -> assertThat(u.getCloak()).isEqualTo(Raw.CloakState.CloakedUnknown));
    }

    @Test
    void anEncoderThatReusesUnchangedUnitsSendsWhatAFreshOneWouldAtEveryLoop() {
        Game game = TestGames.zergAgainstIdleTerran();
        PlayerView start = game.view(1);
        List<Long> drones = start.ownUnits().stream().filter(u -> u.type() == UnitTypeIds.DRONE).map(UnitView::tag).toList();
        UnitView mineral = start.neutralUnits().stream().filter(u -> u.mineralContents() > 0).findFirst().orElseThrow();
        assertThat(game.issue(1, new Command.Gather(drones, mineral.tag(), false)).ok()).as("drones sent mining").isTrue();
        ObservationEncoder reused = new ObservationEncoder(game.terrain());
        int reusedUnits = 0;
        List<Raw.Unit> previous = List.of();
        for (int loop = 0; loop < 1_500; loop++) {
            List<Raw.Unit> units = reused.encode(game, 1).getObservation().getRawData().getUnitsList();
            assertThat(units).as("units at loop %d", game.gameLoop())
                    .isEqualTo(new ObservationEncoder(game.terrain()).encode(game, 1).getObservation().getRawData().getUnitsList());
            for (Raw.Unit unit : units) {
                reusedUnits += previous.stream().anyMatch(p -> p == unit) ? 1 : 0;
            }
            previous = units;
            game.step(1);
        }
        assertThat(reusedUnits).as("unchanged units were reused, not rebuilt").isGreaterThan(1_500 * 20);
        assertThat(game.view(1).minerals()).as("the drones mined meanwhile").isGreaterThan(200);
    }

    @Test
    void visibleUnitsCarryTheFieldsTheRealGameSendsForTheirKind() {
        List<Raw.Unit> real = FIXTURE_MAPS.stream().map(Sc2Fixtures::observation)
                .flatMap(o -> o.getObservation().getRawData().getUnitsList().stream())
                .filter(u -> u.getDisplayType() == Raw.DisplayType.Visible).toList();
        Game game = TestGames.zergAgainstIdleTerran();
        List<Raw.Unit> ours = new ObservationEncoder(game.terrain()).encode(game, 1).getObservation().getRawData()
                .getUnitsList().stream().filter(u -> u.getDisplayType() == Raw.DisplayType.Visible).toList();

        // at loop 0 the real game's workers already mine (an order each) and its townhall has a rally
        assertThat(fieldsOf(first(ours, UnitTypeIds.DRONE))).as("a worker")
                .containsExactlyInAnyOrderElementsOf(fieldsOf(first(real, SCV)));
        assertThat(first(ours, UnitTypeIds.DRONE).getOrders(0).getAbilityId()).as("a drone's gather, as the game reports it")
                .isEqualTo(1183);
        assertThat(first(real, SCV).getOrders(0).getAbilityId()).as("the real SCV's").isEqualTo(295);
        assertThat(fieldsOf(first(ours, UnitTypeIds.HATCHERY))).as("a townhall")
                .containsExactlyInAnyOrderElementsOf(fieldsOf(first(real, COMMAND_CENTER)));
        Raw.Unit ourMineral = ours.stream().filter(u -> u.getAlliance() == Raw.Alliance.Neutral && u.hasMineralContents())
                .findFirst().orElseThrow();
        Raw.Unit realMineral = real.stream().filter(u -> u.getAlliance() == Raw.Alliance.Neutral && u.hasMineralContents())
                .findFirst().orElseThrow();
        assertThat(fieldsOf(ourMineral)).as("a mineral field in sight").containsExactlyInAnyOrderElementsOf(fieldsOf(realMineral));
    }

    private static final int SCV = 45;
    private static final int COMMAND_CENTER = 18;

    private static Raw.Unit first(List<Raw.Unit> units, int type) {
        return units.stream().filter(u -> u.getUnitType() == type).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(Alert.class)
    void everyEngineAlertHasTheRealGamesNameAndOcraftReadsIt(Alert alert) {
        Sc2Api.Alert wire = Sc2Api.Alert.valueOf(alert.name());

        assertThat(com.github.ocraft.s2client.protocol.observation.Alert.from(wire)).isNotNull();
    }

    private static Set<String> fieldsOf(Raw.Unit unit) {
        return unit.getAllFields().keySet().stream().map(Descriptors.FieldDescriptor::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
