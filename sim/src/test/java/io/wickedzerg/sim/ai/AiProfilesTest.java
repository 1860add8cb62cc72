package io.wickedzerg.sim.ai;

import static org.assertj.core.api.Assertions.assertThat;

import io.wickedzerg.sim.data.GameTime;
import io.wickedzerg.sim.data.Race;
import io.wickedzerg.sim.data.UnitCatalog;
import io.wickedzerg.sim.engine.Difficulty;
import java.util.List;
import org.junit.jupiter.api.Test;

class AiProfilesTest {
    private static final List<Difficulty> LADDER = List.of(Difficulty.VERY_EASY, Difficulty.EASY, Difficulty.MEDIUM,
            Difficulty.MEDIUM_HARD, Difficulty.HARD, Difficulty.HARDER, Difficulty.VERY_HARD);

    @Test
    void harderOpponentsHaveMoreWorkersReactFasterAndAttackEarlier() {
        for (int i = 1; i < LADDER.size(); i++) {
            AiProfile easier = AiProfiles.of(Race.ZERG, LADDER.get(i - 1));
            AiProfile harder = AiProfiles.of(Race.ZERG, LADDER.get(i));
            assertThat(harder.economy().workerCap()).as(harder.difficulty().label()).isGreaterThan(easier.economy().workerCap());
            assertThat(harder.actEveryLoops()).isLessThanOrEqualTo(easier.actEveryLoops());
            assertThat(harder.attack().firstAttackLoop()).isLessThan(easier.attack().firstAttackLoop());
            assertThat(harder.army().armySupplyCap()).isGreaterThan(easier.army().armySupplyCap());
            assertThat(harder.economy().expandLoop()).isLessThanOrEqualTo(easier.economy().expandLoop());
        }
    }

    @Test
    void easyStaysOnOneBaseWhileVeryHardHitsAtFourMinutes() {
        AiProfile veryEasy = AiProfiles.of(Race.TERRAN, Difficulty.VERY_EASY);
        AiProfile easy = AiProfiles.of(Race.TERRAN, Difficulty.EASY);
        AiProfile veryHard = AiProfiles.of(Race.TERRAN, Difficulty.VERY_HARD);
        assertThat(veryEasy.economy().expandLoop()).isEqualTo(Long.MAX_VALUE);
        assertThat(easy.economy().maxBases()).isEqualTo(1);
        assertThat(easy.economy().workerCap()).isLessThan(22);
        assertThat(veryHard.attack().firstAttackLoop()).isEqualTo(GameTime.realSecondsToLoops(240));
        assertThat(veryHard.economy().maxBases()).isEqualTo(3);
    }

    @Test
    void everyRaceAndDifficultyHasAnArmyOfItsOwnRace() {
        UnitCatalog units = UnitCatalog.standard();
        for (Race race : List.of(Race.TERRAN, Race.ZERG, Race.PROTOSS)) {
            for (Difficulty difficulty : LADDER) {
                AiProfile profile = AiProfiles.of(race, difficulty);
                assertThat(profile.army().mix()).allSatisfy(share ->
                        assertThat(units.get(share.unitType()).race()).isEqualTo(race));
            }
        }
        assertThat(AiProfiles.of(Race.ZERG, Difficulty.HARD).army().mix()).extracting(ArmyShare::unitType)
                .contains(io.wickedzerg.sim.data.UnitTypeIds.HYDRALISK);
    }

    @Test
    void randomPlaysTerranAndCheatLevelsPlayVeryHard() {
        assertThat(AiProfiles.of(Race.RANDOM, Difficulty.EASY).race()).isEqualTo(Race.TERRAN);
        assertThat(AiProfiles.of(Race.ZERG, Difficulty.CHEAT_INSANE)).isEqualTo(AiProfiles.of(Race.ZERG, Difficulty.VERY_HARD));
    }
}
