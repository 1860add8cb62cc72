package io.wickedzerg.sim.data;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import SC2APIProtocol.Sc2Api;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the real-SC2 fixtures: env {@code SC2_FIXTURES} (relative to system property {@code wz.projectRoot}),
 * else system property {@code wz.sc2FixturesDefault}. Tests that need them are skipped when the folder is absent.
 */
public final class Sc2Fixtures {
    private Sc2Fixtures() {
    }

    /** The fixture folder, or a skipped test (JUnit assumption) naming SC2_FIXTURES when there is none. */
    public static Path folder() {
        Path folder = locate();
        assumeTrue(folder != null && Files.isDirectory(folder),
                "real SC2 fixtures not found at " + folder + "; set SC2_FIXTURES to the sc2-fixtures folder");
        return folder;
    }

    public static Sc2Api.Response gameData() {
        return response("game_data.pb");
    }

    public static Sc2Api.Response gameInfo(String map) {
        return response(map + ".game_info.pb");
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

    private static Path locate() {
        String env = System.getenv("SC2_FIXTURES");
        if (env != null && !env.isBlank()) {
            Path path = Path.of(env);
            String root = System.getProperty("wz.projectRoot");
            return path.isAbsolute() || root == null ? path : Path.of(root).resolve(path).normalize();
        }
        String fallback = System.getProperty("wz.sc2FixturesDefault");
        return fallback == null ? null : Path.of(fallback).normalize();
    }
}
