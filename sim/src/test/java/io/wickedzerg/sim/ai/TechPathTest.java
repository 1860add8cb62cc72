package io.wickedzerg.sim.ai;

import static io.wickedzerg.sim.data.UnitTypeIds.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.wickedzerg.sim.data.Race;
import io.wickedzerg.sim.data.UnitCatalog;
import io.wickedzerg.sim.data.UpgradeCatalog;
import io.wickedzerg.sim.engine.Difficulty;
import java.util.List;
import org.junit.jupiter.api.Test;

class TechPathTest {
    private static List<Integer> path(Race race, Difficulty difficulty) {
        AiProfile profile = AiProfiles.of(race, difficulty);
        return TechPath.structuresFor(profile, UnitCatalog.standard(), UpgradeCatalog.standard(), RaceKit.of(race).townhall());
    }

    @Test
    void zergHydrasNeedPoolLairAndDenInThatOrder() {
        List<Integer> path = path(Race.ZERG, Difficulty.HARD);
        assertThat(path).contains(SPAWNING_POOL, ROACH_WARREN, LAIR, HYDRALISK_DEN);
        assertThat(path.indexOf(SPAWNING_POOL)).isLessThan(path.indexOf(LAIR));
        assertThat(path.indexOf(LAIR)).isLessThan(path.indexOf(HYDRALISK_DEN));
        assertThat(path).doesNotContain(HATCHERY);
    }

    @Test
    void protossStalkersAndImmortalsNeedGatewayCoreAndRobo() {
        List<Integer> path = path(Race.PROTOSS, Difficulty.HARD);
        assertThat(path).containsSubsequence(GATEWAY, CYBERNETICS_CORE, ROBOTICS_FACILITY);
        assertThat(path).contains(FORGE);
    }

    @Test
    void veryEasyTerranNeedsOnlyDepotAndBarracks() {
        assertThat(path(Race.TERRAN, Difficulty.VERY_EASY)).containsExactly(SUPPLY_DEPOT, BARRACKS);
    }
}
