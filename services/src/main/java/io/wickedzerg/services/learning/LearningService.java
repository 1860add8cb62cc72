package io.wickedzerg.services.learning;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.wickedzerg.optimiser.Optimiser;
import io.wickedzerg.optimiser.OptimiserState;
import io.wickedzerg.optimiser.ParameterSpace;
import io.wickedzerg.services.db.Database;
import io.wickedzerg.services.db.DatabaseUnavailableException;
import io.wickedzerg.services.http.RequestBodies;
import io.wickedzerg.services.settings.RequestLimits;
import java.sql.SQLException;
import java.time.Clock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The learning service put together: the space from the strategy files (read before the database is opened, so a
 * bad file costs no connection), the global optimiser state made on first start, and the routes.
 */
public final class LearningService {

    private static final Logger LOG = LoggerFactory.getLogger(LearningService.class);

    private final LearningSettings settings;
    private final ParameterSpace space;
    private final Clock clock;

    private LearningService(LearningSettings settings, ParameterSpace space, Clock clock) {
        this.settings = settings;
        this.space = space;
        this.clock = clock;
    }

    /** @throws io.wickedzerg.services.settings.BadSettingException when the strategy files give no space */
    public static LearningService load(LearningSettings settings, Clock clock) {
        return new LearningService(settings, new StrategySpaceFiles().read(settings.configDir()), clock);
    }

    /** Makes the global state on the first start, then the routes over {@code db}. */
    public Consumer<RoutesConfig> open(Database db, RequestLimits limits, MeterRegistry metrics) {
        Optimiser optimiser = new Optimiser(clock);
        ObjectMapper json = new ObjectMapper();
        Counter conflicts = Counter.builder("learning_state_conflicts")
                .description("transactions done again because another process wrote the optimiser state first")
                .register(metrics);
        LearningStore store = new LearningStore(db, optimiser, new ResultRows(json), clock, settings.seed(), conflicts);
        OptimiserState initial = settings.start() == StartMode.RANDOM
                ? optimiser.startRandom(space, settings.optimiserSettings(), settings.seed())
                : optimiser.startFromDefaults(space, settings.optimiserSettings(), settings.seed());
        StoredState global;
        try {
            global = store.ensureGlobal(initial);
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("learning: the optimiser state cannot be read or written: "
                    + e.getMessage(), e);
        }
        describe(global.state(), initial);
        return new LearningRoutes(store, new TrainingParser(json, limits.maxFieldChars()), new RequestBodies(limits),
                settings.defaultMode(), metrics)::register;
    }

    /**
     * A stored state goes on as it is (its settings and space with it): losing what was learned because a setting
     * or a range changed would be worse than learning on over the old ones. Said once, at start.
     */
    private static void describe(OptimiserState stored, OptimiserState configured) {
        LOG.info("learning: generation {}, {} candidates x {} games, next {}", stored.generation(),
                stored.settings().populationSize(), stored.settings().gamesPerCandidate(), stored.next().id());
        if (!stored.settings().equals(configured.settings()) || stored.seed() != configured.seed()) {
            LOG.warn("learning: the stored optimiser state keeps its own settings ({} candidates x {} games, seed {});"
                    + " the configured ones ({} x {}, seed {}) apply to a new database", stored.settings().populationSize(),
                    stored.settings().gamesPerCandidate(), stored.seed(), configured.settings().populationSize(),
                    configured.settings().gamesPerCandidate(), configured.seed());
        }
        if (!sameRanges(stored.space(), configured.space())) {
            LOG.warn("learning: the stored optimiser state searches other parameters, ranges or build orders than"
                    + " learning_config_dir has now; it goes on over its own (a new database starts over the new ones)");
        }
    }

    /** The same parameters, ranges and build orders; the defaults may differ (an opponent's state is seeded). */
    private static boolean sameRanges(ParameterSpace a, ParameterSpace b) {
        if (!a.buildOrders().equals(b.buildOrders()) || a.parameters().size() != b.parameters().size()) {
            return false;
        }
        for (int i = 0; i < a.parameters().size(); i++) {
            var p = a.parameters().get(i);
            var q = b.parameters().get(i);
            if (!p.key().equals(q.key()) || p.min() != q.min() || p.max() != q.max() || p.integer() != q.integer()) {
                return false;
            }
        }
        return true;
    }
}
