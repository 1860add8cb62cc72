package io.wickedzerg.bot.game;

import static org.assertj.core.api.Assertions.assertThat;

import SC2APIProtocol.ScoreOuterClass;
import com.github.ocraft.s2client.protocol.score.Score;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GameScoreTest {

    private static ScoreOuterClass.CategoryScoreDetails category(float none, float army, float economy, float tech,
                                                                 float upgrade) {
        return ScoreOuterClass.CategoryScoreDetails.newBuilder().setNone(none).setArmy(army).setEconomy(economy)
                .setTechnology(tech).setUpgrade(upgrade).build();
    }

    /** A score as the server sends it, every field set (ocraft reads them all). */
    private static Score score(float killedUnits, float killedStructures, ScoreOuterClass.CategoryScoreDetails lostMinerals,
                               ScoreOuterClass.CategoryScoreDetails lostGas) {
        ScoreOuterClass.CategoryScoreDetails zero = category(0, 0, 0, 0, 0);
        ScoreOuterClass.VitalScoreDetails vital = ScoreOuterClass.VitalScoreDetails.newBuilder()
                .setLife(0).setShields(0).setEnergy(0).build();
        ScoreOuterClass.ScoreDetails details = ScoreOuterClass.ScoreDetails.newBuilder()
                .setIdleProductionTime(0).setIdleWorkerTime(0).setTotalValueUnits(0).setTotalValueStructures(0)
                .setKilledValueUnits(killedUnits).setKilledValueStructures(killedStructures)
                .setCollectedMinerals(5000).setCollectedVespene(900).setCollectionRateMinerals(0)
                .setCollectionRateVespene(0).setSpentMinerals(4000).setSpentVespene(800)
                .setFoodUsed(zero).setKilledMinerals(zero).setKilledVespene(zero)
                .setLostMinerals(lostMinerals).setLostVespene(lostGas)
                .setFriendlyFireMinerals(zero).setFriendlyFireVespene(zero).setUsedMinerals(zero).setUsedVespene(zero)
                .setTotalUsedMinerals(zero).setTotalUsedVespene(zero)
                .setTotalDamageDealt(vital).setTotalDamageTaken(vital).setTotalHealed(vital)
                .setCurrentApm(0).setCurrentEffectiveApm(0).build();
        return Score.from(ScoreOuterClass.Score.newBuilder().setScoreType(ScoreOuterClass.Score.ScoreType.Melee)
                .setScore(0).setScoreDetails(details).build());
    }

    @Test
    void killedIsUnitsPlusStructuresAndLostIsMineralsPlusGasOverEveryCategory() {
        GameScore s = GameScore.from(Optional.of(score(1200, 400, category(1, 2, 4, 8, 16), category(0, 100, 0, 0, 0))));

        assertThat(s.killedValue()).hasValue(1600);
        assertThat(s.lostValue()).hasValue(131);
    }

    @Test
    void noScoreIsUnknownNotZero() {
        assertThat(GameScore.from(Optional.empty())).isEqualTo(GameScore.UNKNOWN);
        assertThat(GameScore.UNKNOWN.killedValue()).isEmpty();
    }
}
