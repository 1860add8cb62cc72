package io.wickedzerg.sim.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DifficultyTest {

    @ParameterizedTest
    @ValueSource(strings = {"VeryHard", "VERY_HARD", "very_hard", "veryhard", "very-hard", "Very Hard", "vErYhArD"})
    void everySpellingOfALevelParses(String text) {
        assertThat(Difficulty.parse(text)).isEqualTo(Difficulty.VERY_HARD);
    }

    @ParameterizedTest
    @CsvSource({"CheatVision, CHEAT_VISION", "cheat-vision, CHEAT_VISION", "cheat_money, CHEAT_MONEY",
            "CHEATMONEY, CHEAT_MONEY", "Cheat Insane, CHEAT_INSANE", "cheatinsane, CHEAT_INSANE"})
    void theCheatLevelsParseInEverySpellingToo(String text, Difficulty level) {
        assertThat(Difficulty.parse(text)).isEqualTo(level);
    }

    @Test
    void everyLevelParsesFromItsOwnNameAndTheGames() {
        for (Difficulty level : Difficulty.values()) {
            assertThat(Difficulty.parse(level.name())).isEqualTo(level);
            assertThat(Difficulty.parse(level.label())).isEqualTo(level);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Insane", "Cheat", "impossible", ""})
    void anythingElseIsRefusedListingTheLevelsInTheGamesSpelling(String text) {
        assertThatThrownBy(() -> Difficulty.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown difficulty '" + text + "'; allowed: VeryEasy, Easy, Medium, MediumHard, Hard, "
                        + "Harder, VeryHard, CheatVision, CheatMoney, CheatInsane");
    }

    @Test
    void theProtocolStillNamesEveryLevel() {
        assertThat(Difficulty.fromProto(10)).isEqualTo(Difficulty.CHEAT_INSANE);
        assertThatThrownBy(() -> Difficulty.fromProto(11)).hasMessageContaining("CheatInsane");
    }

    @Test
    void onlyTheCheatLevelsCheatAndEachAsTheGameDescribesIt() {
        for (Difficulty level : Difficulty.values()) {
            if (level.protoValue() <= Difficulty.VERY_HARD.protoValue()) {
                assertThat(level.cheats()).as(level.label()).isEqualTo(Cheats.NONE);
                assertThat(level.plays()).isEqualTo(level);
            } else {
                assertThat(level.plays()).as(level.label()).isEqualTo(Difficulty.VERY_HARD);
            }
        }
        assertThat(Difficulty.CHEAT_VISION.cheats()).isEqualTo(new Cheats(true, 1, 1.0));
        assertThat(Difficulty.CHEAT_MONEY.cheats()).isEqualTo(new Cheats(false, 2, 1.0));
        assertThat(Difficulty.CHEAT_INSANE.cheats()).isEqualTo(new Cheats(true, 2, 1.5));
    }
}
