package io.wickedzerg.bot.testing;

import com.github.ocraft.s2client.protocol.data.Units;
import io.wickedzerg.bot.core.Builders;
import io.wickedzerg.bot.core.BuildingPlacer;
import io.wickedzerg.bot.core.Command;
import io.wickedzerg.bot.core.CommandSink;
import io.wickedzerg.bot.core.EnemyIntel;
import io.wickedzerg.bot.core.GameEvents;
import io.wickedzerg.bot.core.PlacementCheck;
import io.wickedzerg.bot.core.ResourceLedger;
import io.wickedzerg.bot.core.RoleRegistry;
import io.wickedzerg.bot.core.StepContext;
import io.wickedzerg.bot.model.GameMap;
import io.wickedzerg.bot.model.Point2;
import io.wickedzerg.bot.model.StepSnapshot;
import io.wickedzerg.bot.model.UnitView;
import io.wickedzerg.bot.model.ZergTech;
import io.wickedzerg.bot.strategy.StrategyParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Constructed game states for manager tests: a main base at (30, 30) with its minerals north of it,
 * a natural at (30, 60), the enemy start at (130, 130). Tags: hatchery 1, drones 100+, larva 200+,
 * minerals 500+, geysers 600+.
 */
public final class Fixtures {

    public static final ZergTech TECH = ZergTech.standard();
    public static final Point2 MAIN = new Point2(30.5, 30.5);
    public static final Point2 NATURAL = new Point2(30.5, 60.5);
    public static final Point2 ENEMY = new Point2(130.5, 130.5);

    private Fixtures() {
    }

    /** Resources of one base: 8 mineral fields 7 above {@code hall}, 2 geysers beside. */
    public static List<UnitView> resources(Point2 hall, long firstTag) {
        List<UnitView> out = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            out.add(UnitView.builder(firstTag + i, Units.NEUTRAL_MINERAL_FIELD).neutral()
                    .pos(hall.x() - 3.5 + i, hall.y() + 7 + (i % 2)).contents(1500, 0).build());
        }
        out.add(UnitView.builder(firstTag + 10, Units.NEUTRAL_VESPENE_GEYSER).neutral()
                .pos(hall.x() - 7, hall.y() + 3).contents(0, 2250).build());
        out.add(UnitView.builder(firstTag + 11, Units.NEUTRAL_VESPENE_GEYSER).neutral()
                .pos(hall.x() + 7, hall.y() + 3).contents(0, 2250).build());
        return out;
    }

    /** The game's first state: hatchery, 12 idle drones, 3 larva, an overlord, 50 minerals, 12/14. */
    public static StepSnapshot.Builder opening() {
        StepSnapshot.Builder b = StepSnapshot.builder().gameLoop(0).bank(50, 0).supply(12, 14);
        b.add(UnitView.builder(1, Units.ZERG_HATCHERY).pos(MAIN).health(1500, 1500).build());
        for (int i = 0; i < 12; i++) {
            b.add(drone(100 + i, MAIN.x() - 3 + i * 0.5, MAIN.y() + 3).build());
        }
        for (int i = 0; i < 3; i++) {
            b.add(UnitView.builder(200 + i, Units.ZERG_LARVA).pos(MAIN.x(), MAIN.y() - 2).build());
        }
        b.add(UnitView.builder(300, Units.ZERG_OVERLORD).pos(MAIN).flying(true).build());
        b.addAll(resources(MAIN, 500));
        b.addAll(resources(NATURAL, 700));
        return b;
    }

    public static UnitView.Builder drone(long tag, double x, double y) {
        return UnitView.builder(tag, Units.ZERG_DRONE).pos(x, y).health(40, 40);
    }

    public static GameMap map() {
        return new GameMap(MAIN, List.of(ENEMY), List.of(MAIN, NATURAL, new Point2(70.5, 30.5)), 160, 160);
    }

    /** A context over {@code snapshot} with fresh roles, sink and intel. */
    public static Ctx context(StepSnapshot snapshot) {
        return new Ctx(snapshot, new RoleRegistry(), new EnemyIntel(), new Builders(), Strategies.defaults(),
                PlacementCheck.ANYWHERE);
    }

    /** A test's view of one step: the context plus what the sink would send. */
    public static final class Ctx {
        public final StepSnapshot snapshot;
        public final RoleRegistry roles;
        public final EnemyIntel intel;
        public final Builders builders;
        public final CommandSink sink = new CommandSink();
        public final List<Map.Entry<String, Map<String, Object>>> events = new ArrayList<>();
        public final StepContext context;

        Ctx(StepSnapshot snapshot, RoleRegistry roles, EnemyIntel intel, Builders builders,
            StrategyParameters strategy, PlacementCheck placement) {
            this.snapshot = snapshot;
            this.roles = roles;
            this.intel = intel;
            this.builders = builders;
            GameEvents recorder = (kind, fields) -> events.add(Map.entry(kind, fields));
            intel.update(snapshot, map());
            this.context = new StepContext(snapshot, map(), TECH, roles, ResourceLedger.forStep(snapshot, TECH), sink,
                    strategy, intel, new BuildingPlacer(placement), builders, recorder);
        }

        /** The next step's context with the same roles, intel and builders (managers' memory lives in them). */
        public Ctx next(StepSnapshot nextSnapshot) {
            return new Ctx(nextSnapshot, roles, intel, builders, context.strategy(), PlacementCheck.ANYWHERE);
        }

        public Ctx withStrategy(StrategyParameters strategy) {
            return new Ctx(snapshot, roles, intel, builders, strategy, PlacementCheck.ANYWHERE);
        }

        public List<Command> flush() {
            List<Command> sent = new ArrayList<>();
            sink.flush(sent::addAll);
            return sent;
        }
    }
}
