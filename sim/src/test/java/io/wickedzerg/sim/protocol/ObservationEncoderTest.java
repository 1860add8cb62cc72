package io.wickedzerg.sim.protocol;

import SC2APIProtocol.Raw;
import SC2APIProtocol.Sc2Api;
import com.google.protobuf.Descriptors;
import io.wickedzerg.sim.data.Race;
import io.wickedzerg.sim.data.Sc2Fixtures;
import io.wickedzerg.sim.engine.Difficulty;
import io.wickedzerg.sim.engine.Game;
import io.wickedzerg.sim.engine.GameSetup;
import io.wickedzerg.sim.engine.PlayerSlot;
import io.wickedzerg.sim.data.UnitTypeIds;
import io.wickedzerg.sim.engine.command.Command;
import io.wickedzerg.sim.engine.view.PlayerView;
import io.wickedzerg.sim.engine.view.UnitView;
import io.wickedzerg.sim.map.BuiltInMaps;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ObservationEncoderTest {
    private static final List<String> FIXTURE_MAPS = List.of("AbyssalReefLE", "AcidPlantLE", "AutomatonLE",
            "CyberForestLE", "KairosJunctionLE", "KingsCoveLE");

    private static Game newGame() {
        return new Game(GameSetup.builder(BuiltInMaps.standard().defaultMap())
                .player(new PlayerSlot(1, Race.ZERG, false, null, "player"))
                .player(new PlayerSlot(2, Race.TERRAN, true, Difficulty.VERY_EASY, "computer"))
                .computers(spec -> (view, commands) -> { })
                .seed(3)
                .build());
    }

    @Test
    void unitsUnderFogCarryExactlyTheFieldsTheRealGameSendsForThem() {
        Set<Set<String>> real = FIXTURE_MAPS.stream().map(Sc2Fixtures::observation)
                .flatMap(o -> o.getObservation().getRawData().getUnitsList().stream())
                .filter(u -> u.getDisplayType() == Raw.DisplayType.Snapshot)
                .map(ObservationEncoderTest::fieldsOf).collect(Collectors.toSet());
        assertThat(real).as("one field set for every snapshot in six real observations").hasSize(1);

        Game game = newGame();
        Sc2Api.ResponseObservation ours = new ObservationEncoder(game.terrain()).encode(game, 1);
        List<Raw.Unit> snapshots = ours.getObservation().getRawData().getUnitsList().stream()
                .filter(u -> u.getDisplayType() == Raw.DisplayType.Snapshot).toList();

        assertThat(snapshots).as("resources beyond the main's sight").hasSizeGreaterThan(20);
        assertThat(snapshots).extracting(ObservationEncoderTest::fieldsOf).containsOnly(real.iterator().next());
        assertThat(snapshots).allSatisfy(u -> assertThat(u.getCloak()).isEqualTo(Raw.CloakState.CloakedUnknown));
    }

    @Test
    void anEncoderThatReusesUnchangedUnitsSendsWhatAFreshOneWouldAtEveryLoop() {
        Game game = newGame();
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

    private static Set<String> fieldsOf(Raw.Unit unit) {
        return unit.getAllFields().keySet().stream().map(Descriptors.FieldDescriptor::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
