package io.wickedzerg.sim.replay.view;

import io.wickedzerg.sim.data.UnitTypeIds;
import io.wickedzerg.sim.engine.DebugCommands;
import io.wickedzerg.sim.engine.Game;
import io.wickedzerg.sim.engine.TestGames;
import io.wickedzerg.sim.engine.view.PlayerView;
import io.wickedzerg.sim.map.Point2;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class FrameSamplerTest {

    @Test
    void aFrameHoldsEveryUnitWithWhatItIsAndEachPlayersPanelAsTheirOwnViewsSayIt() {
        Game game = TestGames.zergAgainstIdleTerran();
        Point2 start = game.view(1).startLocation();
        long zergling = game.spawnFinished(1, UnitTypeIds.ZERGLING, Point2.of(start.x() + 6, start.y()));
        game.debug().setUnitValue(zergling, DebugCommands.UnitValue.LIFE, 14);
        game.step(1);

        Frame frame = FrameSampler.sample(game);

        assertThat(frame.loop()).isEqualTo(1);
        assertThat(frame.units()).hasSize(game.unitCount());
        FrameUnit ling = frame.units().stream().filter(u -> u.tag() == zergling).findFirst().orElseThrow();
        assertThat(ling.typeName()).isEqualTo("Zergling");
        assertThat(ling.owner()).isEqualTo(1);
        assertThat(ling.kind()).isEqualTo(UnitKind.ARMY);
        assertThat(ling.structure()).isFalse();
        assertThat(ling.life()).isCloseTo(14f / 35f, within(1e-4f));
        assertThat(ling.x()).isCloseTo(start.x() + 6, within(1.0));
        assertThat(only(frame, UnitTypeIds.OVERLORD).kind()).isEqualTo(UnitKind.UNIT);
        assertThat(only(frame, UnitTypeIds.OVERLORD).flying()).isTrue();
        assertThat(only(frame, UnitTypeIds.HATCHERY).structure()).isTrue();
        assertThat(only(frame, UnitTypeIds.HATCHERY).buildProgress()).isEqualTo(1f);
        assertThat(frame.units()).filteredOn(u -> u.kind() == UnitKind.MINERALS).isNotEmpty()
                .allSatisfy(u -> assertThat(u.owner()).isEqualTo(Game.NEUTRAL));
        assertThat(frame.units()).filteredOn(u -> u.kind() == UnitKind.VESPENE).isNotEmpty()
                .allSatisfy(u -> assertThat(u.structure()).isTrue());

        for (int id = 1; id <= 2; id++) {
            PlayerView view = game.view(id);
            PlayerFrame panel = frame.player(id);
            assertThat(panel.minerals()).isEqualTo(view.minerals());
            assertThat(panel.vespene()).isEqualTo(view.vespene());
            assertThat(panel.supplyUsed()).isEqualTo(view.foodUsed());
            assertThat(panel.supplyCap()).isEqualTo(view.foodCap());
            assertThat(panel.armySupply()).isEqualTo(view.foodArmy());
            assertThat(panel.workers()).isEqualTo(12);
        }
        assertThat(frame.player(1).armyUnits()).isEqualTo(1);
        assertThat(frame.player(1).armySupply()).isEqualTo(1);
        assertThat(frame.player(2).armyUnits()).isZero();
        assertThatThrownBy(() -> frame.player(3)).hasMessage("no player 3 in the frame at loop 1");
    }

    private static FrameUnit only(Frame frame, int type) {
        return frame.units().stream().filter(u -> u.type() == type).findFirst().orElseThrow();
    }
}
