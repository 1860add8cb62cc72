package io.wickedzerg.sim.data;

import static org.assertj.core.api.Assertions.assertThat;

import SC2APIProtocol.Data;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped neutral unit table against game_data.pb. Also its generator: with
 * {@code -Dwz.regenerateGameData=true} it first writes the table from the fixture
 * ({@code mvn -pl sim test -Dtest=NeutralUnitsTest -Dwz.regenerateGameData=true}).
 */
class NeutralUnitsTest {
    private static List<Data.UnitTypeData> neutrals;

    @BeforeAll
    static void readTheGamesNeutrals() throws IOException {
        neutrals = Sc2Fixtures.gameData().getData().getUnitsList().stream()
                .filter(u -> u.getRace() == SC2APIProtocol.Common.Race.NoRace && u.getAvailable())
                .filter(u -> u.getHasMinerals() || u.getHasVespene() || u.getAttributesList().contains(Data.Attribute.Structure))
                .sorted(Comparator.comparingInt(Data.UnitTypeData::getUnitId)).toList();
        if (Boolean.getBoolean("wz.regenerateGameData")) {
            Path file = Path.of(System.getProperty("wz.projectRoot"), "sim/src/main/resources",
                    NeutralUnits.class.getPackageName().replace('.', '/'), NeutralUnits.RESOURCE);
            List<String> rows = new ArrayList<>();
            rows.add(NeutralUnits.HEADER);
            neutrals.forEach(u -> rows.add(row(u)));
            Files.write(file, rows, StandardCharsets.UTF_8);
        }
    }

    private static String row(Data.UnitTypeData u) {
        String resource = u.getHasMinerals() ? "MINERALS" : u.getHasVespene() ? "VESPENE" : "NONE";
        String attributes = u.getAttributesList().stream().map(a -> Integer.toString(a.getNumber()))
                .collect(Collectors.joining(","));
        return u.getUnitId() + "\t" + u.getName() + "\t" + u.getArmor() + "\t" + u.getSightRange() + "\t"
                + attributes + "\t" + resource + "\t" + u.getAbilityId() + "\t" + u.getUnitAlias();
    }

    @Test
    void everyNeutralTypeOfTheGameIsInTheCatalogWithTheGamesFacts() {
        UnitCatalog catalog = UnitCatalog.standard();
        for (Data.UnitTypeData u : neutrals) {
            UnitFacts facts = catalog.get(u.getUnitId());
            assertThat(facts.name()).isEqualTo(u.getName());
            assertThat(facts.armor()).as(u.getName()).isEqualTo(u.getArmor());
            assertThat(facts.resource() == ResourceKind.MINERALS).as(u.getName()).isEqualTo(u.getHasMinerals());
            assertThat(facts.resource() == ResourceKind.VESPENE).as(u.getName()).isEqualTo(u.getHasVespene());
            assertThat(facts.attributes().stream().map(Attribute::protoValue).collect(Collectors.toSet()))
                    .as(u.getName()).isEqualTo(u.getAttributesList().stream().map(Data.Attribute::getNumber)
                            .collect(Collectors.toSet()));
        }
    }

    @Test
    void resourceVariantsMineLikeTheirKindAndRocksAreStructures() {
        UnitCatalog catalog = UnitCatalog.standard();
        for (int mineral : Set.of(884, 885, 886, 887, 796, 797)) {
            assertThat(catalog.get(mineral).resource()).isEqualTo(ResourceKind.MINERALS);
            assertThat(catalog.get(mineral).footprint()).isEqualTo(new Footprint(2, 1));
        }
        for (int geyser : Set.of(880, 881)) {
            assertThat(catalog.get(geyser).resource()).isEqualTo(ResourceKind.VESPENE);
            assertThat(catalog.get(geyser).footprint()).isEqualTo(Footprint.square(3));
        }
        UnitFacts rock = catalog.get(639);
        assertThat(rock.name()).isEqualTo("DestructibleRockEx16x6");
        assertThat(rock.isStructure()).isTrue();
        assertThat(rock.hp()).isEqualTo(NeutralUnits.DESTRUCTIBLE_HP);
    }
}
