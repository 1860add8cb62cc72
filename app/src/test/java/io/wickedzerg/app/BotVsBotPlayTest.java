package io.wickedzerg.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code play --vs-bot}: our bot against another copy of itself with another build order, each its own process, as
 * AI Arena plays two bots: the other one started by its command with the ladder flags, both playing the same game to
 * one result seen alike from both sides.
 */
class BotVsBotPlayTest {
    private static final Pattern OUR_GAME = Pattern.compile(
            "vs bot on Wicked Cove \\(seed 1\\): (VICTORY|DEFEAT) at \\d+:\\d\\d game time");
    private static final Pattern OPPONENT = Pattern.compile(
            "opponent player 1: (Victory|Defeat); process exited with 0; log: (\\S+)");
    private static final Pattern OPPONENT_RESULT = Pattern.compile(
            "result (Victory|Defeat) vs opponent WickedZerg after (\\d+) loops; build order 12-pool");

    /** This build's CLI in a child JVM, as a shell command: what a user gives {@code --vs-bot} with the jar's path. */
    static String thisBuildsCli(String... args) {
        return CliChild.command(args).stream().map(BotVsBotPlayTest::quoted).collect(Collectors.joining(" "));
    }

    private static String quoted(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    @Test
    void ourBotPlaysAnotherBuildOrderOfItselfInAnotherProcessToOneResultBothSidesAgreeOn(@TempDir Path tmp)
            throws Exception {
        Path summary = tmp.resolve("summary.json");
        // hatch-gas-pool against 12-pool from player 2's seat ends in about 8 game minutes; the loop limit only guards
        Process play = CliChild.play(tmp,
                "--vs-bot", thisBuildsCli("--build-order", "12-pool", "--step-size", "8"),
                "--build-order", "hatch-gas-pool", "--step-size", "8", "--seed", "1", "--loop-limit", "26880",
                "--request-timeout", "60", "--summary-json", summary.toString()).start();
        boolean ended = play.waitFor(240, TimeUnit.SECONDS);
        if (!ended) {
            play.descendants().forEach(ProcessHandle::destroyForcibly);
            play.destroyForcibly();
        }
        String output = Files.readString(tmp.resolve("play.log"), StandardCharsets.UTF_8);

        assertThat(ended).as("play ended; output:\n" + output).isTrue();
        assertThat(play.exitValue()).as(output).isZero();
        Matcher ours = OUR_GAME.matcher(output);
        Matcher theirs = OPPONENT.matcher(output);
        assertThat(ours.find()).as(output).isTrue();
        assertThat(theirs.find()).as(output).isTrue();
        String ourResult = ours.group(1).toLowerCase(Locale.ROOT);
        String theirResult = theirs.group(1).toLowerCase(Locale.ROOT);
        assertThat(List.of(ourResult, theirResult)).as("one wins, the other loses").containsExactlyInAnyOrder("victory", "defeat");

        Path opponentLog = Path.of(theirs.group(2));
        assertThat(opponentLog).startsWith(tmp.resolve("data/versus"));
        Matcher seenByThem = OPPONENT_RESULT.matcher(Files.readString(opponentLog, StandardCharsets.UTF_8));
        assertThat(seenByThem.find()).as("the other bot's own report in " + opponentLog).isTrue();
        assertThat(seenByThem.group(1).toLowerCase(Locale.ROOT)).isEqualTo(theirResult);

        // for the surefire report: the numbers README quotes
        System.out.println("bot vs bot: ours " + ours.group() + "; theirs " + seenByThem.group());
        JsonNode game = new ObjectMapper().readTree(summary.toFile()).get("games").get(0);
        assertThat(game.get("build_order").asText()).isEqualTo("hatch-gas-pool");
        assertThat(game.get("result").asText().toLowerCase(Locale.ROOT)).isEqualTo(ourResult);
        assertThat(game.get("game_loops").asLong()).as("the same last loop on both sides")
                .isEqualTo(Long.parseLong(seenByThem.group(2))).isLessThan(26880);
    }

    @Test
    void raceAndDifficultyAreRefusedWithAnotherBotNamingTheFlag() {
        for (String[] flag : new String[][] {{"--race", "zerg"}, {"--difficulty", "hard"}}) {
            StringWriter err = new StringWriter();

            int code = WickedZergCli.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                    "play", "--vs-bot", "true", flag[0], flag[1]);

            assertThat(code).isEqualTo(WickedZergCli.EXIT_BAD_INPUT);
            assertThat(err.toString()).startsWith("error: " + flag[0] + ": not with --vs-bot");
        }
    }

    @Test
    void anEmptyCommandIsRefused() {
        StringWriter err = new StringWriter();

        int code = WickedZergCli.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "play", "--vs-bot", " ");

        assertThat(code).isEqualTo(WickedZergCli.EXIT_BAD_INPUT);
        assertThat(err.toString()).startsWith("error: --vs-bot: the command is empty");
    }
}
