package io.wickedzerg.bot.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import SC2APIProtocol.Sc2Api;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The real game's recorded API answers under {@code ../shared/sc2-fixtures} (env {@code SC2_FIXTURES}, else the
 * build's default); a test that needs them is skipped, naming the variable, where they are absent.
 */
public final class RealGameFixtures {

    public static final List<String> MAPS = List.of("AbyssalReefLE", "AcidPlantLE", "AutomatonLE", "CyberForestLE",
            "KairosJunctionLE", "KingsCoveLE");

    private RealGameFixtures() {
    }

    /** The six recorded maps, for parameterized tests. */
    public static List<String> maps() {
        return MAPS;
    }

    public static Sc2Api.ResponseData gameData() {
        return response("game_data.pb").getData();
    }

    public static Sc2Api.ResponseGameInfo gameInfo(String map) {
        return response(map + ".game_info.pb").getGameInfo();
    }

    public static Sc2Api.ResponseObservation observation(String map) {
        try {
            return Sc2Api.ResponseObservation.parseFrom(Files.readAllBytes(folder().resolve(map + ".observation.pb")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Sc2Api.Response response(String file) {
        try {
            return Sc2Api.Response.parseFrom(Files.readAllBytes(folder().resolve(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path folder() {
        String env = System.getenv("SC2_FIXTURES");
        String root = System.getProperty("wz.projectRoot", ".");
        Path folder = env != null && !env.isBlank() ? Path.of(root).resolve(env)
                : Path.of(System.getProperty("wz.sc2FixturesDefault", "../shared/sc2-fixtures"));
        assumeTrue(Files.isDirectory(folder), "real SC2 fixtures not found at " + folder + "; set SC2_FIXTURES");
        return folder;
    }
}
