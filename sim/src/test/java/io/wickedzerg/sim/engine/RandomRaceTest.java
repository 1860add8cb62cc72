package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.data.Race;
import io.wickedzerg.sim.data.UnitTypeIds;
import io.wickedzerg.sim.map.BuiltInMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RandomRaceTest {
    private static final Map<Race, Integer> TOWNHALL = Map.of(Race.TERRAN, UnitTypeIds.COMMAND_CENTER,
            Race.ZERG, UnitTypeIds.HATCHERY, Race.PROTOSS, UnitTypeIds.NEXUS);

    @Test
    void theSameSeedDrawsTheSameRaceAndSeedsDrawEveryRace() {
        for (long seed = 0; seed < 20; seed++) {
            Race first = RandomRace.resolve(Race.RANDOM, seed, 2);
            assertThat(first).isIn(Race.TERRAN, Race.ZERG, Race.PROTOSS);
            assertThat(RandomRace.resolve(Race.RANDOM, seed, 2)).isEqualTo(first);
        }
        Set<Race> drawn = EnumSet.noneOf(Race.class);
        LongStream.range(0, 30).forEach(seed -> drawn.add(RandomRace.resolve(Race.RANDOM, seed, 2)));
        assertThat(drawn).containsExactlyInAnyOrder(Race.TERRAN, Race.ZERG, Race.PROTOSS);
    }

    @ParameterizedTest
    @EnumSource(value = Race.class, names = {"TERRAN", "ZERG", "PROTOSS"})
    void aRaceAskedForIsTheRacePlayed(Race race) {
        PlayerSlot slot = PlayerSlot.requesting(2, race, true, Difficulty.HARD, "computer", 7);
        assertThat(slot.race()).isEqualTo(race);
        assertThat(slot.raceRequested()).isEqualTo(race);
    }

    @Test
    void aRandomComputerPlaysTheDrawnRaceWithItsUnits() {
        for (long seed = 1; seed <= 6; seed++) {
            PlayerSlot computer = PlayerSlot.requesting(2, Race.RANDOM, true, Difficulty.EASY, "computer", seed);
            assertThat(computer.raceRequested()).isEqualTo(Race.RANDOM);
            assertThat(computer.race()).isEqualTo(RandomRace.resolve(Race.RANDOM, seed, 2));
            Game game = new Game(GameSetup.builder(BuiltInMaps.standard().defaultMap())
                    .player(new PlayerSlot(1, Race.ZERG, false, null, "player"))
                    .player(computer)
                    .computers(spec -> {
                        assertThat(spec.race()).isEqualTo(computer.race());
                        return (view, commands) -> { };
                    })
                    .seed(seed)
                    .build());
            assertThat(game.view(2).race()).isEqualTo(computer.race());
            assertThat(game.view(2).ownUnits()).anyMatch(u -> u.type() == TOWNHALL.get(computer.race()));
        }
    }

    @Test
    void aSeatCannotClaimToHaveAskedForAnotherRace() {
        assertThatThrownBy(() -> new PlayerSlot(2, Race.ZERG, true, Difficulty.EASY, "computer", Race.TERRAN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Random");
        assertThatThrownBy(() -> new PlayerSlot(2, Race.RANDOM, true, Difficulty.EASY, "computer", Race.RANDOM))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("concrete race");
    }
}
