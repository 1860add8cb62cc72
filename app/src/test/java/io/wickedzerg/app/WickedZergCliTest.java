package io.wickedzerg.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.ocraft.s2client.protocol.game.Difficulty;
import io.wickedzerg.bot.game.GameClient;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class WickedZergCliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return WickedZergCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void anUnknownMapIsExit2NamingTheFlagAndTheMaps() {
        assertThat(run("play", "--map", "Nowhere")).isEqualTo(2);
        assertThat(err.toString()).contains("--map: unknown map 'Nowhere'; built-in maps: Wicked Cove, Creep Ridge, Hive Expanse");
    }

    @Test
    void playIsTheDefaultSubcommand() {
        assertThat(run("--games", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--games: must be 1..10000, was 0");
    }

    @Test
    void aBadDifficultyListsTheAllowedValuesInTheGamesSpelling() {
        assertThat(run("play", "--difficulty", "impossible")).isEqualTo(2);
        assertThat(err.toString()).contains("--difficulty").contains("'impossible'")
                .contains("allowed: VeryEasy, Easy, Medium, MediumHard, Hard, Harder, VeryHard, CheatVision, CheatMoney, CheatInsane");
    }

    @ParameterizedTest
    @ValueSource(strings = {"VeryHard", "VERY_HARD", "very_hard", "veryhard", "very-hard"})
    void everySpellingOfADifficultyIsAccepted(String difficulty) {
        // a bad --games stops the run after every flag was read: only --games may be named
        assertThat(run("play", "--difficulty", difficulty, "--games", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--games").doesNotContain("--difficulty");
        assertThat(new DifficultyConverter().convert(difficulty)).isEqualTo(Difficulty.VERY_HARD);
    }

    @Test
    void aBadClientNamesTheTwoAndEitherSpellingIsAccepted() {
        assertThat(run("play", "--client", "python")).isEqualTo(2);
        assertThat(err.toString()).contains("--client").contains("unknown client 'python'; allowed: ocraft, wire");
        err.getBuffer().setLength(0);

        assertThat(run("play", "--client", "WIRE", "--games", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--games").doesNotContain("--client");
        assertThat(new GameClientConverter().convert("Ocraft")).isEqualTo(GameClient.OCRAFT);
    }

    @ParameterizedTest
    @CsvSource({"CheatVision, CHEAT_VISION", "cheat-vision, CHEAT_VISION", "CHEAT_MONEY, CHEAT_MONEY",
            "cheatmoney, CHEAT_MONEY", "Cheat Insane, CHEAT_INSANE"})
    void theCheatLevelsAreLevelsOfTheirOwn(String difficulty, Difficulty level) {
        assertThat(run("play", "--difficulty", difficulty, "--games", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--games").doesNotContain("--difficulty");
        assertThat(new DifficultyConverter().convert(difficulty)).isEqualTo(level);
    }

    @Test
    void simServeOnAPortInUseIsOneClearLineAndExit2() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            assertThat(run("sim", "serve", "--port", String.valueOf(taken.getLocalPort()))).isEqualTo(2);
            assertThat(err.toString()).isEqualTo("sim serve: port " + taken.getLocalPort() + " is already in use on "
                    + "127.0.0.1; pick another with --port, or --port 0 for any free port" + System.lineSeparator());
        }
    }

    @Test
    void aBadLadderLaunchIsExit2() {
        assertThat(run("--LadderServer", "127.0.0.1", "--GamePort", "99999", "--StartPort", "5000")).isEqualTo(2);
        assertThat(err.toString()).contains("--GamePort must be a port 1..65535, was '99999'");
        err.getBuffer().setLength(0);
        assertThat(run("--LadderServer", "127.0.0.1", "--GamePort", "5000", "--StartPort", "5000", "--ComputerOpponent", "1"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("unknown ladder flag '--ComputerOpponent'");
    }

    @Test
    void sc2WithoutTheGameIsAClearExit2(@TempDir Path empty) {
        Sc2Command command = new Sc2Command();
        command.environment = Map.of("SC2PATH", empty.toString());
        CommandLine cli = new CommandLine(command);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setErr(new PrintWriter(err, true));

        int code = cli.execute("--map", "Foo.SC2Map");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("StarCraft II is not installed: set SC2PATH").contains(empty.toString());
    }

    @Test
    void packageLadderBuildsTheAiArenaFolder(@TempDir Path tmp) throws Exception {
        Path jar = Files.writeString(tmp.resolve("wicked-zerg.jar"), "jar bytes");
        Path outDir = tmp.resolve("WickedZerg");

        int code = run("package-ladder", "--jar", jar.toString(), "--config-dir",
                ProjectFiles.path("config").toString(), "--out", outDir.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(outDir.resolve("WickedZerg.jar")).hasContent("jar bytes");
        assertThat(Files.readString(outDir.resolve("ladderbots.json"))).contains("\"FileName\": \"WickedZerg.jar\"")
                .contains("\"Race\": \"Zerg\"").contains("\"Type\": \"Java\"");
        assertThat(outDir.resolve("config/build-orders/hatch-gas-pool.json")).exists();
        assertThat(outDir.resolve("config/strategy-defaults.json")).exists();
    }

    @Test
    void packageLadderWithoutTheJarIsExit2(@TempDir Path tmp) {
        assertThat(run("package-ladder", "--jar", tmp.resolve("missing.jar").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--jar:").contains("not found");
    }

    @Test
    void winRateTableAndProgressBar() {
        assertThat(WinRateTable.progressBar(3, 10, 2)).isEqualTo("[#########.....................] 3/10 games, 2 won");
    }

    @Test
    void helpListsEverySubcommand() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("play").contains("sim").contains("soak").contains("sc2")
                .contains("package-ladder").contains("config");
    }

    @Test
    void versionPrintsTheBuildsVersion() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).matches("(?s)wicked-zerg \\d+\\.\\d+\\.\\d+.*\\(Java .*\\).*");
    }

    @Test
    void anUnknownSubcommandSuggestsTheNearest() {
        assertThat(run("plya")).isEqualTo(2);
        assertThat(err.toString()).contains("Unmatched argument at index 0: 'plya'").contains("Did you mean: play?");
    }
}
