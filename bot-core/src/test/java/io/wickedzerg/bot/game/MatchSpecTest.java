package io.wickedzerg.bot.game;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.ocraft.s2client.protocol.game.Difficulty;
import com.github.ocraft.s2client.protocol.game.Race;
import org.junit.jupiter.api.Test;

class MatchSpecTest {

    @Test
    void theOpponentIsSpelledAsTheGameSpellsIt() {
        assertThat(new MatchSpec("m", Race.TERRAN, Difficulty.VERY_HARD, 1, false, 2).opponentLabel())
                .isEqualTo("Terran VeryHard");
        assertThat(new MatchSpec("m", Race.PROTOSS, Difficulty.MEDIUM_HARD, 1, false, 2).opponentLabel())
                .isEqualTo("Protoss MediumHard");
    }
}
