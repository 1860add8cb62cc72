package io.wickedzerg.sim.protocol;

import SC2APIProtocol.Common;
import SC2APIProtocol.Raw;
import io.wickedzerg.sim.data.UnitCatalog;
import io.wickedzerg.sim.data.UpgradeCatalog;
import io.wickedzerg.sim.engine.AbilityIds;
import io.wickedzerg.sim.engine.command.Command;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which abilities the server runs for every unit a command names, checked against the real game's rule as
 * python-sc2 keeps it ({@code COMBINEABLE_ABILITIES}): for every ability the server supports, as it decodes it.
 */
class GroupAbilitiesTest {
    /**
     * Abilities the game runs for every selected unit although python-sc2 never merges them (it sends one command
     * per unit, which the game runs the same way): a right click moves, attacks or mines with the whole selection,
     * and every selected structure takes the rally point.
     */
    private static final Set<Integer> GROUP_BEYOND_PYTHON_SC2 = Set.of(AbilityIds.SMART,
            AbilityIds.RALLY_UNITS, AbilityIds.RALLY_WORKERS, AbilityIds.RALLY_BUILDING, AbilityIds.RALLY_HATCHERY_UNITS,
            AbilityIds.RALLY_HATCHERY_WORKERS, AbilityIds.RALLY_COMMAND_CENTER, AbilityIds.RALLY_NEXUS);

    private final ActionDecoder decoder = new ActionDecoder(UnitCatalog.standard(), UpgradeCatalog.standard());

    @Test
    void theServerRunsForEveryUnitExactlyTheAbilitiesTheGameDoes() {
        PythonSc2 game = PythonSc2.load();
        Map<Integer, String> disagreements = new TreeMap<>();
        int checked = 0;
        for (int ability : decoder.supportedAbilities()) {
            boolean group = decodeForTwoUnits(ability).forEveryUnit();
            boolean expected = game.combines(ability) || GROUP_BEYOND_PYTHON_SC2.contains(ability);
            if (group != expected) {
                disagreements.put(ability, group ? "server: every unit; game: once" : "server: once; game: every unit");
            }
            checked++;
        }

        assertThat(disagreements).as("abilities the server runs unlike the game").isEmpty();
        assertThat(checked).as("production, research and generic orders").isGreaterThan(100);
    }

    @Test
    void everyGroupAbilityOfPythonSc2ThatTheServerKnowsIsAGroupCommand() {
        PythonSc2 game = PythonSc2.load();
        List<Integer> known = new ArrayList<>(game.combineable());
        known.retainAll(decoder.supportedAbilities());

        // move, attack, scan-move, stop, hold, patrol, gather and return in their generic forms
        assertThat(known).contains(game.id("MOVE"), game.id("ATTACK"), game.id("SCAN_MOVE"), game.id("STOP"),
                game.id("HOLDPOSITION"), game.id("PATROL"), game.id("HARVEST_GATHER"), game.id("HARVEST_RETURN"));
        assertThat(known).allSatisfy(ability -> assertThat(decodeForTwoUnits(ability).forEveryUnit())
                .as("ability %d", ability).isTrue());
    }

    @Test
    void trainBuildMorphResearchAndCastsRunOnce() {
        PythonSc2 game = PythonSc2.load();
        for (String name : List.of("LARVATRAIN_DRONE", "TRAINQUEEN_QUEEN", "ZERGBUILD_SPAWNINGPOOL",
                "UPGRADETOLAIR_LAIR", "MORPHZERGLINGTOBANELING_BANELING", "RESEARCH_ZERGLINGMETABOLICBOOST",
                "EFFECT_INJECTLARVA", "BUILD_CREEPTUMOR_QUEEN")) {
            assertThat(decodeForTwoUnits(game.id(name)).forEveryUnit()).as(name).isFalse();
        }
    }

    /** The ability for units 7 and 8, aimed at a point or, when the ability wants one, at a unit. */
    private Command decodeForTwoUnits(int ability) {
        Raw.ActionRawUnitCommand.Builder command = Raw.ActionRawUnitCommand.newBuilder().setAbilityId(ability)
                .addUnitTags(7).addUnitTags(8);
        try {
            return decoder.decode(command.clone().setTargetWorldSpacePos(Common.Point2D.newBuilder().setX(30).setY(40)).build());
        } catch (ProtocolException needsAUnit) {
            return decoder.decode(command.setTargetUnitTag(9).build());
        }
    }
}
