package io.wickedzerg.bot.ladder;

import static org.assertj.core.api.Assertions.assertThat;

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
}
