package io.wickedzerg.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * What {@code sc2} finds in an install and what it refuses before starting anything. The executables here are
 * empty files: every run stops before one would start (the game itself: {@link Sc2StandInTest}).
 */
class Sc2CommandTest {

    private final StringWriter err = new StringWriter();

    @Test
    void aMapThatIsNotInTheInstallIsExit2ListingItsMaps(@TempDir Path tmp) throws IOException {
        Path install = install(tmp, 75689, "Ladder/Acropolis.SC2Map", "Melee/Simple64.SC2Map");

        assertThat(sc2(install, "--map", "Nowhere.SC2Map")).isEqualTo(2);
        assertThat(err.toString()).contains("--map: no map file " + install.resolve("Maps/Nowhere.SC2Map")
                + "; maps in " + install.resolve("Maps") + ": Ladder/Acropolis.SC2Map, Melee/Simple64.SC2Map");
    }

    @Test
    void aMapMustBeAMapFile(@TempDir Path tmp) throws IOException {
        Path install = install(tmp, 75689, "Simple64.SC2Map");

        assertThat(sc2(install, "--map", "Simple64")).isEqualTo(2);
        assertThat(err.toString()).contains("--map: 'Simple64' is not a map file; allowed: a .SC2Map file, absolute or "
                + "relative to " + install.resolve("Maps"));
    }

    @Test
    void aBuildOcraftDoesNotKnowNeedsItsDataVersionOutsideWindows(@TempDir Path tmp) throws IOException {
        Path install = install(tmp, 99999, "Simple64.SC2Map");

        assertThat(sc2(install, "--map", "Simple64.SC2Map")).isEqualTo(2);
        assertThat(err.toString()).contains("--data-version: the installed build 99999 (" + install.resolve(
                "Versions/Base99999/SC2_x64") + ") is not in ocraft-s2client's version list");
    }

    @Test
    void aDataVersionIsThirtyTwoHexDigits(@TempDir Path tmp) throws IOException {
        Path install = install(tmp, 99999, "Simple64.SC2Map");

        assertThat(sc2(install, "--map", "Simple64.SC2Map", "--data-version", "4.10")).isEqualTo(2);
        assertThat(err.toString()).contains("--data-version: '4.10' is not a data version; allowed: 32 hexadecimal digits");
    }

    @Test
    void theNewestBuildIsTheHighestNumber(@TempDir Path tmp) throws IOException {
        Path install = install(tmp, 99999, "Simple64.SC2Map");
        install(tmp, 100000);
        Files.createDirectories(install.resolve("Versions/Base123456")); // no executable in it

        Sc2Install.Game game = Sc2Install.find(Map.of("SC2PATH", install.toString())).orElseThrow();

        assertThat(game.baseBuild()).isEqualTo(100000);
        assertThat(game.executable()).isEqualTo(install.resolve("Versions/Base100000/SC2_x64"));
    }

    @Test
    void theLaunchTakesTheBuildsDataVersionAndSupport64OnlyWhenItIsThere(@TempDir Path tmp) throws IOException {
        Path install = install(tmp, 75689, "Simple64.SC2Map");
        Sc2Install.Game game = Sc2Install.find(Map.of("SC2PATH", install.toString())).orElseThrow();

        Sc2Launch linux = Sc2Launch.plan(game, "Simple64.SC2Map", null);
        assertThat(linux.dataVersion()).contains("B89B5D6FA7CBF6452E721311BFBC6CB2");
        assertThat(linux.needsSupportDir()).isFalse();
        assertThat(linux.map()).isEqualTo(install.resolve("Maps/Simple64.SC2Map"));

        Files.createDirectories(install.resolve("Support64"));
        Sc2Launch given = Sc2Launch.plan(game, install.resolve("Maps/Simple64.SC2Map").toString(),
                "0123456789abcdef0123456789abcdef");
        assertThat(given.dataVersion()).contains("0123456789ABCDEF0123456789ABCDEF");
        assertThat(given.needsSupportDir()).isTrue();
    }

    private int sc2(Path install, String... args) {
        Sc2Command command = new Sc2Command();
        command.environment = Map.of("SC2PATH", install.toString());
        CommandLine cli = new CommandLine(command);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    /** The Linux package's layout: {@code Versions/Base<build>/SC2_x64} and the given files under {@code Maps/}. */
    private static Path install(Path root, int build, String... maps) throws IOException {
        Path install = root.resolve("StarCraftII");
        Path exe = install.resolve("Versions/Base" + build + "/SC2_x64");
        Files.createDirectories(exe.getParent());
        Files.createFile(exe);
        for (String map : maps) {
            Path file = install.resolve("Maps").resolve(map);
            Files.createDirectories(file.getParent());
            Files.createFile(file);
        }
        return install;
    }
}
