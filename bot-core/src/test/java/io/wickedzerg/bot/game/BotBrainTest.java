package io.wickedzerg.bot.game;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.ocraft.s2client.protocol.data.Units;
import com.github.ocraft.s2client.protocol.unit.Alliance;
import io.wickedzerg.bot.core.Command;
import io.wickedzerg.bot.core.FailurePolicy;
import io.wickedzerg.bot.core.PlacementCheck;
import io.wickedzerg.bot.core.StepBudget;
import io.wickedzerg.bot.model.StepSnapshot;
import io.wickedzerg.bot.model.UnitView;
import io.wickedzerg.bot.strategy.BuildOrder;
import io.wickedzerg.bot.strategy.BuildOrderLoader;
import io.wickedzerg.bot.telemetry.TelemetryLogger;
import io.wickedzerg.bot.testing.Fixtures;
import io.wickedzerg.bot.testing.ProjectFiles;
import io.wickedzerg.bot.testing.RecordingTelemetry;
import io.wickedzerg.bot.testing.Strategies;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BotBrainTest {

    private static final BuildOrder ORDER = new BuildOrderLoader(Fixtures.TECH)
            .loadAll(ProjectFiles.path("config/build-orders")).get("hatch-gas-pool");

    /** Our opening plus an army at attack supply and an enemy force and base, at {@code loop}. */
    private static List<UnitView> units(long loop) {
        List<UnitView> all = new ArrayList<>();
        StepSnapshot opening = Fixtures.opening().build(Fixtures.TECH);
        all.addAll(opening.mine());
        all.addAll(opening.mineralFields());
        all.addAll(opening.geysers());
        for (int i = 0; i < 24; i++) {
            all.add(UnitView.builder(800 + i, i % 2 == 0 ? Units.ZERG_ROACH : Units.ZERG_ZERGLING)
                    .pos(45 + (i % 6) + loop * 0.01, 45 + i / 6).health(100, 145).build());
        }
        for (int i = 0; i < 6; i++) {
            all.add(UnitView.builder(900 + i, Units.TERRAN_MARINE).alliance(Alliance.ENEMY)
                    .pos(52 + i * 0.5, 50).health(20 + i, 45).build());
        }
        all.add(UnitView.builder(950, Units.TERRAN_COMMAND_CENTER).alliance(Alliance.ENEMY)
                .pos(Fixtures.ENEMY).health(1500, 1500).build());
        return all;
    }

    private static List<List<Command>> play(long shuffleSeed) {
        BotBrain brain = new BotBrain(Fixtures.TECH, Fixtures.map(), ORDER, Strategies.defaults(),
                PlacementCheck.ANYWHERE, new StepBudget(() -> 0L), FailurePolicy.RETHROW,
                new TelemetryLogger(new RecordingTelemetry(), "g", 22));
        Random shuffle = new Random(shuffleSeed);
        List<List<Command>> perStep = new ArrayList<>();
        for (long loop = 2000; loop < 2040; loop += 2) {
            List<UnitView> observed = units(loop);
            Collections.shuffle(observed, shuffle);
            StepSnapshot.Builder b = StepSnapshot.builder().gameLoop(loop).bank(400, 100).supply(60, 76);
            observed.forEach(b::add);
            List<Command> sent = new ArrayList<>();
            brain.step(b.build(Fixtures.TECH), sent::addAll);
            perStep.add(sent);
        }
        return perStep;
    }

    @Test
    void sendsTheSameCommandsWhateverOrderTheObservationListsUnitsIn() {
        // ocraft's unit order differs from one JVM to the next; a game must not.
        List<List<Command>> first = play(1);
        List<List<Command>> second = play(2);

        assertThat(first.stream().mapToInt(List::size).sum()).as("the scenario makes the brain act").isGreaterThan(5);
        assertThat(second).isEqualTo(first);
    }
}
