package io.wickedzerg.sim.data.table;

import static org.assertj.core.api.Assertions.assertThat;

import SC2APIProtocol.Data;
import SC2APIProtocol.Sc2Api;
import io.wickedzerg.sim.data.Sc2Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped tables against the real game's game_data.pb, message for message, presence of every field
 * included. Also the generator: with {@code -Dwz.regenerateGameData=true} it first writes the tables from
 * the fixture ({@code mvn -pl sim test -Dtest=GameDataTablesTest -Dwz.regenerateGameData=true}).
 */
class GameDataTablesTest {
    private static Sc2Api.ResponseData game;

    @BeforeAll
    static void readTheGamesData() throws IOException {
        game = Sc2Fixtures.gameData().getData();
        if (Boolean.getBoolean("wz.regenerateGameData")) {
            Path dir = Path.of(System.getProperty("wz.projectRoot"), "sim/src/main/resources",
                    GameDataTables.class.getPackageName().replace('.', '/'));
            Files.createDirectories(dir);
            write(dir.resolve(GameDataTables.ABILITIES), GameDataTables.rows(sorted(game.getAbilitiesList(),
                    Data.AbilityData::getAbilityId), Data.AbilityData.getDefaultInstance(), GameDataTables.ABILITY_COLUMNS));
            write(dir.resolve(GameDataTables.BUFFS), GameDataTables.rows(sorted(game.getBuffsList(),
                    Data.BuffData::getBuffId), Data.BuffData.getDefaultInstance(), GameDataTables.BUFF_COLUMNS));
            write(dir.resolve(GameDataTables.EFFECTS), GameDataTables.rows(sorted(game.getEffectsList(),
                    Data.EffectData::getEffectId), Data.EffectData.getDefaultInstance(), GameDataTables.EFFECT_COLUMNS));
        }
    }

    @Test
    void everyAbilityIsTheGamesOwnFieldForField() {
        List<Data.AbilityData> shipped = GameDataTables.load().abilities();
        assertThat(shipped).hasSize(game.getAbilitiesCount());
        assertThat(shipped).containsExactlyElementsOf(sorted(game.getAbilitiesList(), Data.AbilityData::getAbilityId));
    }

    @Test
    void buffsAndEffectsAreTheGamesOwn() {
        GameDataTables tables = GameDataTables.load();
        assertThat(tables.buffs()).containsExactlyElementsOf(sorted(game.getBuffsList(), Data.BuffData::getBuffId));
        assertThat(tables.effects()).containsExactlyElementsOf(sorted(game.getEffectsList(), Data.EffectData::getEffectId));
    }

    @Test
    void specificAbilitiesLeadToTheGenericOnesTheGameNames() {
        GameDataTables tables = GameDataTables.load();
        assertThat(tables.ability(1183).getRemapsToAbilityId()).as("drone gather").isEqualTo(3666);
        assertThat(tables.ability(295).getRemapsToAbilityId()).as("SCV gather").isEqualTo(3666);
        assertThat(tables.ability(1184).getRemapsToAbilityId()).as("drone return").isEqualTo(3667);
        assertThat(tables.ability(23).getRemapsToAbilityId()).as("attack").isEqualTo(3674);
        assertThat(tables.ability(4).getRemapsToAbilityId()).as("stop").isEqualTo(3665);
        assertThat(tables.ability(16).getRemapsToAbilityId()).as("move").isEqualTo(3794);
        assertThat(tables.ability(3666).hasRemapsToAbilityId()).as("a generic ability remaps nowhere").isFalse();
        assertThat(tables.ability(3795).getLinkName()).isEqualTo("GeneralPatrol");
    }

    private static <M> List<M> sorted(List<M> messages, java.util.function.ToIntFunction<M> id) {
        return messages.stream().sorted(Comparator.comparingInt(id)).toList();
    }

    private static void write(Path file, List<String> rows) throws IOException {
        Files.write(file, rows, StandardCharsets.UTF_8);
    }
}
