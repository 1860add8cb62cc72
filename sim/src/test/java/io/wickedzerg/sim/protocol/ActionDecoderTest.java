package io.wickedzerg.sim.protocol;

import SC2APIProtocol.Common;
import SC2APIProtocol.Raw;
import io.wickedzerg.sim.data.UnitCatalog;
import io.wickedzerg.sim.data.UnitTypeIds;
import io.wickedzerg.sim.data.UpgradeCatalog;
import io.wickedzerg.sim.engine.AbilityIds;
import io.wickedzerg.sim.engine.command.Command;
import io.wickedzerg.sim.map.Point2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActionDecoderTest {
    private final ActionDecoder decoder = new ActionDecoder(UnitCatalog.standard(), UpgradeCatalog.standard());

    @ParameterizedTest
    @ValueSource(ints = {AbilityIds.BUILD_CREEP_TUMOR, AbilityIds.BUILD_CREEP_TUMOR_QUEEN, AbilityIds.BUILD_CREEP_TUMOR_TUMOR})
    void everyCreepTumorAbilityPlantsATumorAtThePoint(int ability) {
        Command command = decoder.decode(Raw.ActionRawUnitCommand.newBuilder().setAbilityId(ability).addUnitTags(7)
                .setTargetWorldSpacePos(Common.Point2D.newBuilder().setX(30.5f).setY(41.5f)).setQueueCommand(true).build());

        assertThat(command).isEqualTo(new Command.BuildCreepTumor(java.util.List.of(7L), Point2.of(30.5, 41.5), true));
    }

    @ParameterizedTest
    @ValueSource(ints = {AbilityIds.BUILD_CREEP_TUMOR, AbilityIds.BUILD_CREEP_TUMOR_QUEEN})
    void aCreepTumorNeedsAPointNotAUnit(int ability) {
        Raw.ActionRawUnitCommand onUnit = Raw.ActionRawUnitCommand.newBuilder().setAbilityId(ability).addUnitTags(7)
                .setTargetUnitTag(9).build();

        assertThatThrownBy(() -> decoder.decode(onUnit)).isInstanceOf(ProtocolException.class)
                .hasMessageContaining("target_world_space_pos");
    }

    @Test
    void genericAndSpecificAddOnAbilitiesBuildAddOns() {
        assertThat(decoder.decode(noTarget(AbilityIds.BUILD_TECHLAB)))
                .isEqualTo(new Command.BuildAddOn(java.util.List.of(7L), UnitTypeIds.TECH_LAB, false));
        assertThat(decoder.decode(noTarget(AbilityIds.BUILD_REACTOR)))
                .isEqualTo(new Command.BuildAddOn(java.util.List.of(7L), UnitTypeIds.REACTOR, false));
        int barracksReactor = UnitCatalog.standard().get(UnitTypeIds.BARRACKS_REACTOR).abilityId();
        assertThat(decoder.decode(noTarget(barracksReactor)))
                .isEqualTo(new Command.BuildAddOn(java.util.List.of(7L), UnitTypeIds.BARRACKS_REACTOR, false));
    }

    private static Raw.ActionRawUnitCommand noTarget(int ability) {
        return Raw.ActionRawUnitCommand.newBuilder().setAbilityId(ability).addUnitTags(7).build();
    }
}
