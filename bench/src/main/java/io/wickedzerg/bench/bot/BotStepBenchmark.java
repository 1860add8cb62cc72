package io.wickedzerg.bench.bot;

import com.github.ocraft.s2client.protocol.data.Abilities;
import com.github.ocraft.s2client.protocol.data.Units;
import io.wickedzerg.bot.core.FailurePolicy;
import io.wickedzerg.bot.core.PlacementCheck;
import io.wickedzerg.bot.core.StepBudget;
import io.wickedzerg.bot.game.BotBrain;
import io.wickedzerg.bot.game.GameMapFactory;
import io.wickedzerg.bot.model.OrderView;
import io.wickedzerg.bot.model.Point2;
import io.wickedzerg.bot.model.StepSnapshot;
import io.wickedzerg.bot.model.UnitView;
import io.wickedzerg.bot.model.ZergTech;
import io.wickedzerg.bot.strategy.BuildOrder;
import io.wickedzerg.bot.strategy.BuildOrderLoader;
import io.wickedzerg.bot.strategy.StrategyDefaultsLoader;
import io.wickedzerg.bot.strategy.StrategyParameters;
import io.wickedzerg.bot.telemetry.TelemetryLogger;
import io.wickedzerg.clients.telemetry.TelemetryEvent;
import io.wickedzerg.clients.telemetry.TelemetryMetrics;
import io.wickedzerg.clients.telemetry.TelemetryServiceClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One bot step (snapshot build + all ten managers + command sink + telemetry sampling) on a
 * constructed late-game state: 4 bases, 60 drones, 80 army units, 70 enemy units in view.
 * The game's budget is 44.6 ms per step on the ladder; the bot's target is p99 under 2 ms.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BotStepBenchmark {

    private static final ZergTech TECH = ZergTech.standard();
    private List<UnitView> units;
    private BotBrain brain;
    private long loop;

    /** Telemetry that only counts: the benchmark measures the bot, not the client. */
    static final class CountingTelemetry implements TelemetryServiceClient {
        long sent;
        @Override public void send(TelemetryEvent event) { sent++; }
        @Override public java.util.concurrent.CompletableFuture<Void> flush() {
            return java.util.concurrent.CompletableFuture.completedFuture(null);
        }
        @Override public void close(Duration deadline) { }
        @Override public TelemetryMetrics metrics() {
            return new TelemetryMetrics(sent, sent, 0, 0, 0, 0, 0, 0, 0, "NONE", 0);
        }
    }

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        StepSnapshot.Builder b = StepSnapshot.builder();
        long tag = 1;
        Point2[] bases = {new Point2(30, 30), new Point2(30, 60), new Point2(70, 30), new Point2(70, 70)};
        for (Point2 base : bases) {
            b.add(UnitView.builder(tag++, Units.ZERG_HATCHERY).pos(base).health(1500, 1500).build());
            for (int i = 0; i < 8; i++) {
                b.add(UnitView.builder(tag++, Units.NEUTRAL_MINERAL_FIELD).neutral().pos(base.x() - 3.5 + i, base.y() + 7).build());
            }
            b.add(UnitView.builder(tag++, Units.NEUTRAL_VESPENE_GEYSER).neutral().pos(base.x() - 7, base.y() + 3).build());
            for (int i = 0; i < 15; i++) {
                b.add(UnitView.builder(tag++, Units.ZERG_DRONE).pos(base.x() + random.nextDouble(-4, 4), base.y() + 4)
                        .order(OrderView.on(Abilities.HARVEST_GATHER, tag % 8 + 2)).build());
            }
            for (int i = 0; i < 3; i++) {
                b.add(UnitView.builder(tag++, Units.ZERG_LARVA).pos(base.x(), base.y() - 2).build());
            }
            b.add(UnitView.builder(tag++, Units.ZERG_QUEEN).pos(base.x() + 2, base.y() - 2).energy(30).build());
        }
        b.add(UnitView.builder(tag++, Units.ZERG_SPAWNING_POOL).pos(25, 22).build());
        b.add(UnitView.builder(tag++, Units.ZERG_ROACH_WARREN).pos(35, 22).build());
        for (int i = 0; i < 80; i++) {
            b.add(UnitView.builder(tag++, i % 2 == 0 ? Units.ZERG_ROACH : Units.ZERG_ZERGLING)
                    .pos(90 + random.nextDouble(0, 10), 90 + random.nextDouble(0, 10)).health(100, 145).build());
        }
        for (int i = 0; i < 70; i++) {
            b.add(UnitView.builder(tag++, Units.TERRAN_MARINE).enemy()
                    .pos(100 + random.nextDouble(0, 10), 100 + random.nextDouble(0, 10)).health(45, 45).build());
        }
        b.gameLoop(13440).bank(800, 400).supply(180, 200);
        StepSnapshot first = b.build(TECH);
        units = first.mine().stream().toList();
        units = new java.util.ArrayList<>(units);
        units.addAll(first.enemies());
        units.addAll(first.mineralFields());
        units.addAll(first.geysers());
        BuildOrder order = new BuildOrderLoader(TECH).parse("bench", "bench",
                "{\"steps\":[{\"supply\":13,\"make\":\"overlord\"}]}");
        brain = new BotBrain(TECH, GameMapFactory.of(bases[0], List.of(new Point2(130, 130)), first, 160, 160),
                order, shippedDefaults(), PlacementCheck.ANYWHERE, new StepBudget(System::nanoTime),
                FailurePolicy.COUNT_AND_CONTINUE, new TelemetryLogger(new CountingTelemetry(), "bench", 22));
        loop = 13440;
    }

    /**
     * The shipped config/strategy-defaults.json (it holds each parameter's range too), found from the working
     * folder upwards: run.sh runs the benchmarks from the project folder, the smoke test from bench/.
     */
    private static StrategyParameters shippedDefaults() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path file = dir.resolve("config/strategy-defaults.json");
            if (Files.isRegularFile(file)) {
                return new StrategyDefaultsLoader().load(file).parameters();
            }
        }
        throw new IllegalStateException("config/strategy-defaults.json not found above " + Path.of("").toAbsolutePath());
    }

    @Benchmark
    public void step(Blackhole hole) {
        loop += 2;
        StepSnapshot snapshot = StepSnapshot.builder().gameLoop(loop).bank(800, 400).supply(180, 200)
                .addAll(units).build(TECH);
        brain.step(snapshot, hole::consume);
    }
}
