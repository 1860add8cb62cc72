package io.wickedzerg.sim.protocol;

import SC2APIProtocol.Sc2Api;

/**
 * The game version the server claims in {@code ResponsePing}. The unit and ability ids we serve are those of
 * the fixtures' game_data.pb, whose id layout (AssimilatorRich at 1994, ResearchSmartServos at 766,
 * MorphZerglingToBaneling still at 80) is that of builds 83830..91114. ocraft remaps its static id tables
 * from base_build; 88500 (5.0.10) makes its tables match that data. The remap is not idempotent there, but
 * the only ids it corrupts on a second connect (inhibitor zones, MineralField450/Opaque, factory
 * tech-lab researches) are none the server ever sends; SimServerTwoGamesTest proves it.
 */
public final class VersionInfo {
    public static final int BASE_BUILD = 88500;
    public static final String GAME_VERSION = "5.0.10.88500";
    public static final String DATA_VERSION = "F92D1127A291722120AC816F09B2E583";
    public static final int DATA_BUILD = 88500;

    private VersionInfo() {
    }

    public static Sc2Api.ResponsePing ping() {
        return Sc2Api.ResponsePing.newBuilder()
                .setGameVersion(GAME_VERSION)
                .setDataVersion(DATA_VERSION)
                .setDataBuild(DATA_BUILD)
                .setBaseBuild(BASE_BUILD)
                .build();
    }
}
