package io.wickedzerg.bot.game;

import static org.assertj.core.api.Assertions.assertThat;

import SC2APIProtocol.Common;
import SC2APIProtocol.Data;
import SC2APIProtocol.Raw;
import SC2APIProtocol.Sc2Api;
import com.github.ocraft.s2client.protocol.data.Abilities;
import com.github.ocraft.s2client.protocol.data.Ability;
import com.github.ocraft.s2client.protocol.data.AbilityData;
import com.github.ocraft.s2client.protocol.observation.spatial.ImageData;
import com.github.ocraft.s2client.protocol.spatial.Point2d;
import com.github.ocraft.s2client.protocol.unit.Unit;
import io.wickedzerg.bot.model.UnitView;
import io.wickedzerg.bot.testing.RealGameFixtures;
import io.wickedzerg.bot.wire.IdTables;
import io.wickedzerg.bot.wire.ImageGrid;
import io.wickedzerg.bot.wire.WireUnits;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The wire client reads the real game's answers as ocraft's conversion does: every unit of six real first
 * observations, every ability's general form in the real game data, every cell of the real placement grids.
 */
class WireSnapshotsTest {

    @BeforeAll
    static void idsOfTheRecordedBuild() {
        // the fixtures come from a build past 81009, as ocraft would learn from the game's ping
        IdTables.matchBuild(88500);
    }

    @ParameterizedTest
    @MethodSource("io.wickedzerg.bot.testing.RealGameFixtures#maps")
    void everyUnitOfARealObservationReadsAsOcraftReadsIt(String map) {
        Sc2Api.Observation obs = RealGameFixtures.observation(map).getObservation();
        WireUnits units = WireUnits.from(RealGameFixtures.gameData().getAbilitiesList());
        assertThat(obs.getRawData().getUnitsCount()).isGreaterThan(50);
        UnaryOperator<Ability> general = ocraftGeneralization(RealGameFixtures.gameData());
        for (Raw.Unit raw : obs.getRawData().getUnitsList()) {
            // as ocraft's unit pool holds it: converted, then its orders generalized
            UnitView ocraft = SnapshotFactory.view(Unit.from(raw).generalizeAbility(general));
            assertThat(units.view(raw)).as(map + " unit " + raw.getTag()).isEqualTo(ocraft);
        }
    }

    @Test
    void ordersCarryTheirGeneralAbilityAsOcraftGeneralizesIt() {
        Sc2Api.ResponseData data = RealGameFixtures.gameData();
        WireUnits units = WireUnits.from(data.getAbilitiesList());
        UnaryOperator<Ability> general = ocraftGeneralization(data);
        int generalized = 0;
        for (Data.AbilityData d : data.getAbilitiesList()) {
            Ability own = Abilities.from(d.getAbilityId());
            Ability expected = general.apply(own);
            assertThat(units.ability(d.getAbilityId())).as("ability " + d.getAbilityId()).isEqualTo(expected);
            generalized += expected.equals(own) ? 0 : 1;
        }
        assertThat(generalized).as("abilities with a general form").isGreaterThan(500);

        Raw.Unit drone = Raw.Unit.newBuilder().setTag(1).setUnitType(104).setAlliance(Raw.Alliance.Self)
                .setDisplayType(Raw.DisplayType.Visible).setPos(Common.Point.newBuilder().setX(1).setY(2))
                .addOrders(Raw.UnitOrder.newBuilder().setAbilityId(1183).setTargetUnitTag(99).setProgress(0.5f))
                .build();
        assertThat(units.view(drone).orders().get(0).ability()).isEqualTo(Abilities.HARVEST_GATHER);
    }

    /** ocraft's ObservationInterfaceImpl.getGeneralizedAbility over the game's ability data. */
    private static UnaryOperator<Ability> ocraftGeneralization(Sc2Api.ResponseData data) {
        Map<Ability, AbilityData> byAbility = new HashMap<>();
        for (Data.AbilityData d : data.getAbilitiesList()) {
            AbilityData converted = AbilityData.from(d);
            byAbility.put(converted.getAbility(), converted);
        }
        return ability -> byAbility.containsKey(ability)
                ? byAbility.get(ability).getRemapsToAbility().filter(Ability::isKnown).orElse(ability) : ability;
    }

    @ParameterizedTest
    @MethodSource("io.wickedzerg.bot.testing.RealGameFixtures#maps")
    void everyPlacementCellReadsAsOcraftReadsIt(String map) {
        Common.ImageData grid = RealGameFixtures.gameInfo(map).getStartRaw().getPlacementGrid();
        ImageGrid wire = new ImageGrid(grid, true);
        ImageData ocraft = ImageData.from(grid);
        int placeable = 0;
        for (int x = 0; x < grid.getSize().getX(); x++) {
            for (int y = 0; y < grid.getSize().getY(); y++) {
                int expected = ocraft.sample(Point2d.of(x + 0.5f, y + 0.5f), ImageData.Origin.BOTTOM_LEFT);
                assertThat(wire.sample(x + 0.5f, y + 0.5f)).as(map + " cell " + x + "," + y).isEqualTo(expected);
                placeable += expected;
            }
        }
        assertThat(placeable).isGreaterThan(1000);
    }

    @Test
    void theImageOriginFollowsTheGameVersionAsOcraftsDoes() {
        assertThat(WireBot.bottomOrigin("5.0.10.88500")).isTrue();
        assertThat(WireBot.bottomOrigin("4.8.5")).isTrue();
        assertThat(WireBot.bottomOrigin("4.8.4.73286")).isFalse();
        assertThat(WireBot.bottomOrigin("4.10.1")).isTrue();
        assertThat(WireBot.bottomOrigin("3.16.1")).isFalse();
    }
}
