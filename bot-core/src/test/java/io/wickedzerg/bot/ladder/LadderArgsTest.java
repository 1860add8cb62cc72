package io.wickedzerg.bot.ladder;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LadderArgsTest {

    @Test
    void ladderFlagsAreParsedByUsIncludingOpponentId() {
        LadderArgs args = LadderArgs.parse(new String[] {"--LadderServer", "10.0.0.2", "--GamePort", "5677",
                "--StartPort", "5690", "--OpponentId", "abc-123", "--RealTime"});

        assertThat(args.opponentId()).contains("abc-123");
        assertThat(args.realtime()).isTrue();
        assertThat(args.forOcraft()).containsExactly("--LadderServer", "10.0.0.2", "--GamePort", "5677",
                "--StartPort", "5690", "--RealTime");
    }

    @Test
    void withoutTheBotsOwnOptionsTheLearnerChoosesAndTwoLoopsAreAStep() {
        LadderArgs args = LadderArgs.parse(new String[] {"--LadderServer", "127.0.0.1", "--GamePort", "5677", "--StartPort", "5677"});

        assertThat(args.buildOrder()).isEmpty();
        assertThat(args.strategyFile()).isEmpty();
        assertThat(args.stepSize()).isEqualTo(2);
    }

    @Test
    void theBotsOwnOptionsComeBeforeOrAfterTheLadderFlagsAndStayOutOfOcraftsFlags() {
        LadderArgs args = LadderArgs.parse(new String[] {"--build-order", "12-pool", "--step-size", "4",
                "--LadderServer", "127.0.0.1", "--GamePort", "5677", "--StartPort", "5677", "--OpponentId", "WickedZerg"});
        LadderArgs withFile = LadderArgs.parse(new String[] {"--LadderServer", "127.0.0.1", "--GamePort", "5677",
                "--StartPort", "5677", "--strategy-file", "s.json"});

        assertThat(args.buildOrder()).contains("12-pool");
        assertThat(args.stepSize()).isEqualTo(4);
        assertThat(args.forOcraft()).containsExactly("--LadderServer", "127.0.0.1", "--GamePort", "5677", "--StartPort", "5677");
        assertThat(withFile.strategyFile()).contains(Path.of("s.json"));
    }

    @Test
    void aBuildOrderAndAStrategyFileTogetherOrABadStepSizeAreRefusedNamingTheFlag() {
        String[] ladder = {"--LadderServer", "127.0.0.1", "--GamePort", "5677", "--StartPort", "5677"};

        assertThatThrownBy(() -> LadderArgs.parse(concat(ladder, "--build-order", "12-pool", "--strategy-file", "s.json")))
                .hasMessageStartingWith("--build-order: not with --strategy-file");
        assertThatThrownBy(() -> LadderArgs.parse(concat(ladder, "--step-size", "9")))
                .hasMessage("--step-size must be 1..8 game loops, was '9'");
        assertThatThrownBy(() -> LadderArgs.parse(concat(ladder, "--race", "zerg")))
                .hasMessageStartingWith("unknown ladder flag '--race'; allowed: ").hasMessageContaining("--build-order");
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
