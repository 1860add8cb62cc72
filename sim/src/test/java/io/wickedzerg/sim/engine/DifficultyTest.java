package io.wickedzerg.sim.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DifficultyTest {

    @ParameterizedTest
    @ValueSource(strings = {"VeryHard", "VERY_HARD", "very_hard", "veryhard", "very-hard", "Very Hard", "vErYhArD"})
    void everySpellingOfALevelParses(String text) {
        assertThat(Difficulty.parse(text)).isEqualTo(Difficulty.VERY_HARD);
    }

    @Test
    void everyLevelParsesFromItsOwnNameAndTheGames() {
        for (Difficulty level : Difficulty.values()) {
            if (level.protoValue() <= Difficulty.VERY_HARD.protoValue()) {
                assertThat(Difficulty.parse(level.name())).isEqualTo(level);
                assertThat(Difficulty.parse(level.label())).isEqualTo(level);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Insane", "CheatInsane", "cheat_money", ""})
    void anythingElseIsRefusedListingTheLevelsInTheGamesSpelling(String text) {
        assertThatThrownBy(() -> Difficulty.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown difficulty '" + text + "'; allowed: VeryEasy, Easy, Medium, MediumHard, Hard, Harder, VeryHard");
    }

    @Test
    void theProtocolStillNamesEveryLevel() {
        assertThat(Difficulty.fromProto(10)).isEqualTo(Difficulty.CHEAT_INSANE);
        assertThatThrownBy(() -> Difficulty.fromProto(11)).hasMessageContaining("CheatInsane");
    }
}
