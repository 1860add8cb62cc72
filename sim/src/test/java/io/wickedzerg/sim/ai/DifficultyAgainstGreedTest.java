package io.wickedzerg.sim.ai;

import io.wickedzerg.sim.data.Race;
import io.wickedzerg.sim.data.ResourceKind;
import io.wickedzerg.sim.data.UnitTypeIds;
import io.wickedzerg.sim.engine.ComputerPlayer;
import io.wickedzerg.sim.engine.Difficulty;
import io.wickedzerg.sim.engine.Game;
import io.wickedzerg.sim.engine.GameSetup;
import io.wickedzerg.sim.engine.PlayerReport;
import io.wickedzerg.sim.engine.PlayerSlot;
import io.wickedzerg.sim.engine.command.PlayerCommands;
import io.wickedzerg.sim.engine.view.PlayerView;
import io.wickedzerg.sim.engine.view.UnitView;
import io.wickedzerg.sim.map.BuiltInMaps;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Comparator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The difficulty ladder seen from a greedy opponent that only makes drones and overlords: VeryHard punishes it
 * long before VeryEasy even shows up.
 */
class DifficultyAgainstGreedTest {
    private static final int LOOPS_PER_MINUTE = 1344;
    private static final int GREEDY = 1;
    private static final int AI = 2;

    /** Drones from every larva up to 60, an overlord when 2 supply short, never an army. */
    static final class GreedyZerg implements ComputerPlayer {
        @Override
        public void onStep(PlayerView view, PlayerCommands commands) {
            for (UnitView drone : view.ownUnits()) {
                if (drone.type() == UnitTypeIds.DRONE && drone.isIdle()) {
                    view.neutralUnits().stream()
                            .filter(n -> view.units().get(n.type()).resource() == ResourceKind.MINERALS)
                            .min(Comparator.comparingDouble(n -> n.position().distanceTo(drone.position())))
                            .ifPresent(field -> commands.gather(drone.tag(), field.tag()));
                }
            }
            int overlordAbility = view.units().get(UnitTypeIds.OVERLORD).abilityId();
            boolean overlordComing = view.ownUnits().stream()
                    .anyMatch(u -> u.orders().stream().anyMatch(o -> o.abilityId() == overlordAbility));
            long drones = view.ownUnits().stream().filter(u -> u.type() == UnitTypeIds.DRONE).count();
            for (UnitView larva : view.ownUnits()) {
                if (larva.type() != UnitTypeIds.LARVA) {
                    continue;
                }
                if (view.foodCap() - view.foodUsed() <= 2 && !overlordComing) {
                    overlordComing = commands.train(larva.tag(), UnitTypeIds.OVERLORD).ok();
                } else if (drones < 60 && view.foodUsed() < view.foodCap()) {
                    drones += commands.train(larva.tag(), UnitTypeIds.DRONE).ok() ? 1 : 0;
                }
            }
        }
    }

    /** Game minutes until the greedy player loses, or the limit if it never does. */
    private static double minutesUntilGreedLoses(Difficulty difficulty, Race aiRace, int limitMinutes) {
        Game game = new Game(GameSetup.builder(BuiltInMaps.standard().defaultMap())
                .player(new PlayerSlot(GREEDY, Race.ZERG, true, Difficulty.VERY_EASY, "greedy"))
                .player(new PlayerSlot(AI, aiRace, true, difficulty, "ai"))
                .computers(spec -> spec.playerId() == GREEDY ? new GreedyZerg() : new BuiltInAiFactory().create(spec))
                .seed(11)
                .loopLimit(limitMinutes * LOOPS_PER_MINUTE)
                .build());
        while (!game.isOver()) {
            game.step(LOOPS_PER_MINUTE / 4);
        }
        PlayerReport.Outcome greedy = game.outcomes().get(GREEDY);
        return greedy == PlayerReport.Outcome.DEFEAT ? game.gameLoop() / (double) LOOPS_PER_MINUTE : limitMinutes;
    }

    @ParameterizedTest
    @EnumSource(value = Race.class, names = {"TERRAN", "ZERG", "PROTOSS"})
    void veryHardPunishesGreedLongBeforeVeryEasyDoes(Race aiRace) {
        double underVeryHard = minutesUntilGreedLoses(Difficulty.VERY_HARD, aiRace, 20);
        double underVeryEasy = minutesUntilGreedLoses(Difficulty.VERY_EASY, aiRace, 20);

        assertThat(underVeryHard).as("minutes until VeryHard %s ends a drones-only opponent", aiRace).isLessThan(7);
        assertThat(underVeryEasy).as("minutes until VeryEasy %s does, not before its first attack at 8:00", aiRace)
                .isGreaterThan(8.5);
    }
}
