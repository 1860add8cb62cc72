package io.wickedzerg.sim.map.recorded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import SC2APIProtocol.Raw;
import SC2APIProtocol.Sc2Api;
import io.wickedzerg.sim.data.ResourceKind;
import io.wickedzerg.sim.data.Sc2Fixtures;
import io.wickedzerg.sim.data.UnitCatalog;
import io.wickedzerg.sim.map.BaseLocation;
import io.wickedzerg.sim.map.BaseRole;
import io.wickedzerg.sim.map.GameMap;
import io.wickedzerg.sim.map.NeutralSpot;
import io.wickedzerg.sim.map.Point2;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recorded maps read from the fixtures, and the errors a bad recording gets. */
class RecordedMapReaderTest {
    private final RecordedMapReader reader = new RecordedMapReader(UnitCatalog.standard());

    static List<String> maps() throws IOException {
        try (Stream<Path> files = Files.list(Sc2Fixtures.folder())) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(RecordedMapFiles.GAME_INFO))
                    .map(f -> f.substring(0, f.length() - RecordedMapFiles.GAME_INFO.length())).sorted().toList();
        }
    }

    private GameMap read(String map) {
        return reader.read(RecordedMapFiles.of(Sc2Fixtures.folder().resolve(map)));
    }

    @Test
    void everySideHasItsMainAtItsStartThenANaturalAndAThirdAndEveryResourceIsPlaced() throws IOException {
        for (String name : maps()) {
            GameMap map = read(name);
            assertThat(map.startLocations()).as(name).hasSize(2);
            for (int side = 0; side < 2; side++) {
                assertThat(map.base(side, BaseRole.MAIN).townhall()).as(name).isEqualTo(map.startLocations().get(side));
                Point2 main = map.base(side, BaseRole.MAIN).townhall();
                BaseLocation natural = map.base(side, BaseRole.NATURAL);
                BaseLocation third = map.base(side, BaseRole.THIRD);
                assertThat(natural.townhall().distanceTo(main)).as("%s natural", name).isLessThan(40);
                assertThat(third.townhall().distanceTo(main)).as("%s third", name).isGreaterThan(natural.townhall().distanceTo(main) * 0.8);
                assertThat(natural.minerals()).as("%s natural minerals", name).hasSizeGreaterThanOrEqualTo(6);
                assertThat(natural.geysers()).as("%s natural geysers", name).hasSize(2);
            }
            assertThat(map.basesOf(0)).as(name).hasSameSizeAs(map.basesOf(1));
            long placed = map.bases().stream().mapToLong(b -> b.minerals().size() + b.geysers().size()).sum()
                    + map.neutrals().stream().filter(n -> n.amount() > 0).count();
            long recorded = Sc2Fixtures.observation(name).getObservation().getRawData().getUnitsList().stream()
                    .filter(u -> u.getAlliance() == Raw.Alliance.Neutral)
                    .filter(u -> UnitCatalog.standard().get(u.getUnitType()).resource() != ResourceKind.NONE).count();
            assertThat(placed).as("%s resources", name).isEqualTo(recorded);
            assertThat(map.fileName()).as(name).endsWith(".SC2Map");
        }
    }

    @Test
    void rocksBlockTheirSquareAndTheRecordingMarksPartOfIt() {
        GameMap map = read("AbyssalReefLE");
        NeutralSpot rock = map.neutrals().stream().filter(n -> n.unitType() == 638).findFirst().orElseThrow();
        assertThat(rock.radius()).isEqualTo(2.25f);
        assertThat(rock.blocked()).hasSize(16);
        assertThat(rock.blocked()).containsAll(rock.recordedCells());
        assertThat(rock.recordedCells()).isNotEmpty();
        rock.recordedCells().forEach(c -> assertThat(map.pathing().get(c.x(), c.y()))
                .as("the map's own ground under the rock").isTrue());
        NeutralSpot diagonal = map.neutrals().stream().filter(n -> n.unitType() == 641).findFirst().orElseThrow();
        assertThat(diagonal.blocked()).hasSizeBetween(30, 80);
    }

    @Test
    void aMissingHalfIsNamed(@TempDir Path dir) throws IOException {
        Files.copy(Sc2Fixtures.folder().resolve("AbyssalReefLE.game_info.pb"), dir.resolve("AbyssalReefLE.game_info.pb"));
        assertThatThrownBy(() -> reader.read(RecordedMapFiles.of(dir.resolve("AbyssalReefLE"))))
                .isInstanceOf(RecordedMapException.class)
                .hasMessageContaining("AbyssalReefLE.observation.pb is missing");
    }

    @Test
    void aDamagedFileIsNamed(@TempDir Path dir) throws IOException {
        Files.copy(Sc2Fixtures.folder().resolve("AbyssalReefLE.observation.pb"), dir.resolve("Broken.observation.pb"));
        Files.write(dir.resolve("Broken.game_info.pb"), new byte[] {0x0a, 0x7f, 0x01, 0x02});
        assertThatThrownBy(() -> reader.read(RecordedMapFiles.of(dir.resolve("Broken.game_info.pb"))))
                .isInstanceOf(RecordedMapException.class)
                .hasMessageContaining("Broken.game_info.pb: damaged");
    }

    @Test
    void aNeutralTypeTheServerDoesNotKnowIsNamedByItsId(@TempDir Path dir) throws IOException {
        Files.copy(Sc2Fixtures.folder().resolve("AbyssalReefLE.game_info.pb"), dir.resolve("Odd.game_info.pb"));
        Sc2Api.ResponseObservation.Builder obs = Sc2Fixtures.observation("AbyssalReefLE").toBuilder();
        Raw.Unit.Builder odd = obs.getObservationBuilder().getRawDataBuilder().getUnitsBuilder(0).clone();
        obs.getObservationBuilder().getRawDataBuilder().addUnits(odd.setAlliance(Raw.Alliance.Neutral).setUnitType(99_999));
        Files.write(dir.resolve("Odd.observation.pb"), obs.build().toByteArray());
        assertThatThrownBy(() -> reader.read(RecordedMapFiles.of(dir.resolve("Odd"))))
                .isInstanceOf(RecordedMapException.class)
                .hasMessageContaining("Odd.observation.pb: neutral unit type 99999");
    }

    @Test
    void aFolderListsItsCompletePairsAndReadsThemWhenAsked(@TempDir Path dir) throws IOException {
        for (String file : List.of("KingsCoveLE.game_info.pb", "KingsCoveLE.observation.pb", "AcidPlantLE.game_info.pb")) {
            Files.copy(Sc2Fixtures.folder().resolve(file), dir.resolve(file));
        }
        Files.write(dir.resolve("Damaged.game_info.pb"), new byte[] {1, 2, 3});
        Files.write(dir.resolve("Damaged.observation.pb"), new byte[] {1, 2, 3});
        RecordedMaps maps = RecordedMaps.of(reader, List.of(), List.of(dir));
        assertThat(maps.names()).containsExactly("Damaged", "KingsCoveLE");
        assertThat(maps.byName("C:\\maps\\Ladder\\KingsCoveLE.SC2Map")).get().extracting(GameMap::name).isEqualTo("King's Cove LE");
        assertThat(maps.byName("AcidPlantLE")).isEmpty();
        assertThatThrownBy(() -> maps.byName("damaged")).isInstanceOf(RecordedMapException.class)
                .hasMessageContaining("Damaged.game_info.pb");
        List<Path> none = new ArrayList<>();
        none.add(dir.resolve("Damaged"));
        assertThatThrownBy(() -> RecordedMaps.of(reader, none, List.of())).isInstanceOf(RecordedMapException.class)
                .hasMessageContaining("Damaged.game_info.pb");
    }
}
