package io.wickedzerg.sim.ai;

import static io.wickedzerg.sim.data.UnitTypeIds.ADEPT;
import static io.wickedzerg.sim.data.UnitTypeIds.HELLION;
import static io.wickedzerg.sim.data.UnitTypeIds.HYDRALISK;
import static io.wickedzerg.sim.data.UnitTypeIds.IMMORTAL;
import static io.wickedzerg.sim.data.UnitTypeIds.MARINE;
import static io.wickedzerg.sim.data.UnitTypeIds.MEDIVAC;
import static io.wickedzerg.sim.data.UnitTypeIds.REAPER;
import static io.wickedzerg.sim.data.UnitTypeIds.ROACH;
import static io.wickedzerg.sim.data.UnitTypeIds.STALKER;
import static io.wickedzerg.sim.data.UnitTypeIds.VIKING_FIGHTER;
import static io.wickedzerg.sim.data.UnitTypeIds.VOID_RAY;
import static io.wickedzerg.sim.data.UnitTypeIds.ZEALOT;
import static io.wickedzerg.sim.data.UnitTypeIds.ZERGLING;

import io.wickedzerg.sim.data.GameTime;
import io.wickedzerg.sim.data.Race;
import io.wickedzerg.sim.data.UpgradeIds;
import io.wickedzerg.sim.engine.Difficulty;
import java.util.List;
import java.util.Map;

/**
 * The difficulty table and the race armies, as data. Easier opponents react slower, cap their workers low,
 * expand late or never and attack late with small waves; harder ones saturate more bases, build more
 * production and hit earlier and harder (VeryHard attacks at 4:00 with 16 army supply, which a greedy
 * three-base opening cannot hold). Times are real seconds at "faster" (a 3:00 clock is 180 s).
 */
public final class AiProfiles {
    /** One row of the difficulty table; race-independent. */
    record Tier(int actEveryLoops, int workerCap, int expandSeconds, int maxBases, int gasBuildings, int gasSeconds,
                int producers, int armySupplyCap, int firstAttackSeconds, int waveSupply, int armyStage) {
    }

    static final int NEVER = Integer.MAX_VALUE;

    private static final Map<Difficulty, Tier> TIERS = Map.of(
            Difficulty.VERY_EASY, new Tier(32, 14, NEVER, 1, 0, NEVER, 1, 8, 480, 4, 0),
            Difficulty.EASY, new Tier(24, 19, NEVER, 1, 1, 240, 1, 16, 420, 6, 0),
            Difficulty.MEDIUM, new Tier(16, 30, 300, 2, 2, 180, 2, 40, 360, 12, 1),
            Difficulty.MEDIUM_HARD, new Tier(12, 40, 240, 2, 3, 150, 3, 60, 330, 16, 1),
            Difficulty.HARD, new Tier(8, 50, 180, 3, 4, 120, 4, 90, 300, 20, 2),
            Difficulty.HARDER, new Tier(6, 58, 150, 3, 4, 110, 5, 110, 270, 20, 2),
            Difficulty.VERY_HARD, new Tier(4, 66, 120, 3, 5, 100, 6, 130, 240, 16, 3));

    /** Army mixes per race, from the plainest (stage 0) to the richest (stage 3). */
    private static final Map<Race, List<List<ArmyShare>>> MIXES = Map.of(
            Race.TERRAN, List.of(
                    List.of(new ArmyShare(MARINE, 1)),
                    List.of(new ArmyShare(MARINE, 4), new ArmyShare(HELLION, 1)),
                    List.of(new ArmyShare(MARINE, 6), new ArmyShare(HELLION, 2), new ArmyShare(MEDIVAC, 1)),
                    List.of(new ArmyShare(MARINE, 6), new ArmyShare(REAPER, 1), new ArmyShare(HELLION, 2),
                            new ArmyShare(MEDIVAC, 1), new ArmyShare(VIKING_FIGHTER, 1))),
            Race.ZERG, List.of(
                    List.of(new ArmyShare(ZERGLING, 1)),
                    List.of(new ArmyShare(ZERGLING, 3), new ArmyShare(ROACH, 2)),
                    List.of(new ArmyShare(ZERGLING, 2), new ArmyShare(ROACH, 3), new ArmyShare(HYDRALISK, 2)),
                    List.of(new ArmyShare(ZERGLING, 2), new ArmyShare(ROACH, 4), new ArmyShare(HYDRALISK, 3))),
            Race.PROTOSS, List.of(
                    List.of(new ArmyShare(ZEALOT, 1)),
                    List.of(new ArmyShare(ZEALOT, 1), new ArmyShare(STALKER, 2)),
                    List.of(new ArmyShare(ZEALOT, 1), new ArmyShare(STALKER, 3), new ArmyShare(ADEPT, 1),
                            new ArmyShare(IMMORTAL, 1)),
                    List.of(new ArmyShare(ZEALOT, 2), new ArmyShare(STALKER, 4), new ArmyShare(IMMORTAL, 2),
                            new ArmyShare(VOID_RAY, 1))));

    /** Researches per race from stage 1 on (researchers outside the mix's tech are built for them). */
    private static final Map<Race, List<Integer>> UPGRADES = Map.of(
            Race.TERRAN, List.of(UpgradeIds.TERRAN_INFANTRY_WEAPONS_1),
            Race.ZERG, List.of(UpgradeIds.METABOLIC_BOOST, UpgradeIds.GLIAL_RECONSTITUTION),
            Race.PROTOSS, List.of(UpgradeIds.PROTOSS_GROUND_WEAPONS_1));

    private AiProfiles() {
    }

    /**
     * The profile of a computer of this race and difficulty; Random plays Terran. The cheat levels decide as
     * VeryHard: what they get beyond that (vision, income, production speed) is the engine's {@code Cheats}.
     */
    public static AiProfile of(Race race, Difficulty difficulty) {
        Race playing = race == Race.ZERG || race == Race.PROTOSS ? race : Race.TERRAN;
        Difficulty level = difficulty.plays();
        Tier tier = TIERS.get(level);
        EconomyPlan economy = new EconomyPlan(tier.workerCap(), loops(tier.expandSeconds()), tier.maxBases(),
                tier.gasBuildings(), loops(tier.gasSeconds()));
        List<Integer> upgrades = tier.armyStage() >= 1 ? UPGRADES.get(playing) : List.of();
        ArmyPlan army = new ArmyPlan(MIXES.get(playing).get(tier.armyStage()), tier.producers(), tier.armySupplyCap(), upgrades);
        AttackPlan attack = new AttackPlan(loops(tier.firstAttackSeconds()), tier.waveSupply(), tier.waveSupply() / 4);
        return new AiProfile(playing, level, tier.actEveryLoops(), economy, army, attack);
    }

    static Tier tier(Difficulty difficulty) {
        return TIERS.get(difficulty);
    }

    private static long loops(int seconds) {
        return seconds == NEVER ? Long.MAX_VALUE : GameTime.realSecondsToLoops(seconds);
    }
}
