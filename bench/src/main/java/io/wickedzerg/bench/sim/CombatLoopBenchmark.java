package io.wickedzerg.bench.sim;

import io.wickedzerg.sim.data.Race;
import io.wickedzerg.sim.data.UnitTypeIds;
import io.wickedzerg.sim.engine.Difficulty;
import io.wickedzerg.sim.engine.Game;
import io.wickedzerg.sim.engine.GameSetup;
import io.wickedzerg.sim.engine.PlayerSlot;
import io.wickedzerg.sim.engine.command.Command;
import io.wickedzerg.sim.map.BuiltInMaps;
import io.wickedzerg.sim.map.Point2;
import io.wickedzerg.sim.map.Terrain;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Engine-only game loops per second in a big fight: 200 marines against 200 hydralisks (ranged on both
 * sides, so most units are in range and fighting for the whole measured span), placed 10 cells apart in the
 * middle of the map and ordered to attack-move at each other, plus both players' start bases. Each invocation
 * steps {@value #LOOPS} loops of a fresh battle (built outside the measurement); score = loops per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class CombatLoopBenchmark {
    static final int LOOPS = 64;
    static final int PER_SIDE = 200;

    private Game game;

    @Setup(Level.Invocation)
    public void newBattle() {
        game = new Game(GameSetup.builder(BuiltInMaps.standard().defaultMap())
                .player(new PlayerSlot(1, Race.TERRAN, true, Difficulty.VERY_EASY, "marines"))
                .player(new PlayerSlot(2, Race.ZERG, true, Difficulty.VERY_EASY, "hydralisks"))
                .computers(spec -> (view, commands) -> { })
                .seed(1)
                .build());
        Terrain terrain = game.terrain();
        Point2 a = terrain.startLocations().get(0);
        Point2 b = terrain.startLocations().get(1);
        Point2 middle = Point2.of((a.x() + b.x()) / 2, (a.y() + b.y()) / 2);
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double length = Math.hypot(dx, dy);
        Point2 west = Point2.of(middle.x() - dx / length * 5, middle.y() - dy / length * 5);
        Point2 east = Point2.of(middle.x() + dx / length * 5, middle.y() + dy / length * 5);
        List<Long> marines = spawn(1, UnitTypeIds.MARINE, pathableCellsNear(terrain, west));
        List<Long> hydras = spawn(2, UnitTypeIds.HYDRALISK, pathableCellsNear(terrain, east));
        game.issue(1, new Command.AttackMove(marines, east, false));
        game.issue(2, new Command.AttackMove(hydras, west, false));
    }

    private List<Long> spawn(int owner, int type, List<Point2> cells) {
        List<Long> tags = new ArrayList<>();
        for (int i = 0; i < PER_SIDE; i++) {
            Point2 cell = cells.get(i % cells.size());
            // up to four units a cell, spread inside it (the engine then pushes overlapping units apart)
            double ox = 0.25 + 0.5 * (i / cells.size() % 2);
            double oy = 0.25 + 0.5 * (i / cells.size() / 2 % 2);
            tags.add(game.spawnFinished(owner, type, Point2.of(cell.x() + ox, cell.y() + oy)));
        }
        return tags;
    }

    /** The 50 pathable cells nearest a point (by rings), corners of cells. */
    private static List<Point2> pathableCellsNear(Terrain terrain, Point2 centre) {
        List<Point2> cells = new ArrayList<>();
        int cx = (int) centre.x();
        int cy = (int) centre.y();
        for (int r = 0; cells.size() < 50 && r < 40; r++) {
            for (int y = cy - r; y <= cy + r; y++) {
                for (int x = cx - r; x <= cx + r; x++) {
                    boolean ring = Math.abs(x - cx) == r || Math.abs(y - cy) == r;
                    if (ring && terrain.inside(x, y) && terrain.isPathable(x, y) && cells.size() < 50) {
                        cells.add(Point2.of(x, y));
                    }
                }
            }
        }
        return cells;
    }

    @Benchmark
    @OperationsPerInvocation(LOOPS)
    public long fight() {
        game.step(LOOPS);
        return game.unitCount();
    }
}
