package io.wickedzerg.services.learning;

import io.micrometer.core.instrument.Counter;
import io.wickedzerg.optimiser.Optimiser;
import io.wickedzerg.optimiser.OptimiserState;
import io.wickedzerg.optimiser.Recorded;
import io.wickedzerg.services.db.Database;
import io.wickedzerg.services.http.ApiError;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The learning service's data: results and optimiser states, changed together in one transaction per result.
 * Nothing is kept in memory between requests, so any number of processes can share one PostgreSQL database: a
 * result is inserted first (a repeat stops there), then booked against the state its version names, and the state
 * is written only over the revision that was read; when another process wrote it meanwhile, the whole
 * transaction is rolled back and done again on the new state.
 */
final class LearningStore {

    private static final Logger LOG = LoggerFactory.getLogger(LearningStore.class);
    /** Each retry follows a write that succeeded elsewhere, so this many means something is wrong, not busy. */
    static final int MAX_ATTEMPTS = 50;

    private final Database db;
    private final Optimiser optimiser;
    private final ResultBooker booker;
    private final ResultRows results;
    private final StateRows states = new StateRows();
    private final Clock clock;
    private final long seed;
    private final Counter conflicts;

    LearningStore(Database db, Optimiser optimiser, ResultRows results, Clock clock, long seed, Counter conflicts) {
        this.db = db;
        this.optimiser = optimiser;
        this.booker = new ResultBooker(optimiser);
        this.results = results;
        this.clock = clock;
        this.seed = seed;
        this.conflicts = conflicts;
    }

    /** Writes {@code initial} as the global state unless the database has one; returns the one it has. */
    StoredState ensureGlobal(OptimiserState initial) throws SQLException {
        return db.inTransaction(c -> {
            states.insertIfAbsent(c, StateKey.GLOBAL, initial, clock.millis());
            return states.read(c, StateKey.GLOBAL).orElseThrow();
        });
    }

    /** Stores the result and books it; a result stored before is answered as it was then. */
    Acknowledged record(TrainingResult result) throws SQLException {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            try {
                return db.inTransaction(c -> recordIn(c, result));
            } catch (StateChanged e) {
                conflicts.increment();
                LOG.debug("state {} changed under result {}/{}; attempt {} again", e.getMessage(), result.runId(),
                        result.gameId(), attempt);
            }
        }
        throw new ApiError(503, "state", "the optimiser state kept changing under this result (" + MAX_ATTEMPTS
                + " attempts); send it again");
    }

    private Acknowledged recordIn(Connection c, TrainingResult result) throws SQLException {
        long now = clock.millis();
        if (!results.insert(c, result, now)) {
            StoredResult first = results.find(c, result.runId(), result.gameId()).orElseThrow(() -> new SQLException(
                    "result " + result.runId() + "/" + result.gameId() + " is stored and not found"));
            return new Acknowledged(result.runId(), result.gameId(), first.booking(), true);
        }
        ResultBooker.Target target = booker.target(result.modelVersion());
        Optional<StoredState> read = target.candidate().isPresent() ? states.read(c, target.key()) : Optional.empty();
        ResultBooker.Booked booked = booker.book(target, read.map(StoredState::state), result);
        results.book(c, result, booked.booking());
        Optional<OptimiserState> global = Optional.empty();
        if (booked.recorded().isPresent()) {
            Recorded recorded = booked.recorded().get();
            if (!states.replace(c, read.orElseThrow(), recorded.state(), now)) {
                throw new StateChanged(target.key());
            }
            if (target.key().isGlobal()) {
                global = Optional.of(recorded.state());
            }
            log(result, booked.booking(), recorded);
        }
        Optional<StateKey> opponent = result.opponent().key();
        if (opponent.isPresent() && !states.exists(c, opponent.get())) {
            OptimiserState from = global.isPresent() ? global.get() : states.read(c, StateKey.GLOBAL).orElseThrow().state();
            if (states.insertIfAbsent(c, opponent.get(), OpponentSeeding.from(optimiser, from, seed), now)) {
                LOG.info("opponent {} has a state of its own from now on, seeded from the global best {}",
                        opponent.get().opponentId().orElseThrow(), from.best().id());
            }
        }
        return new Acknowledged(result.runId(), result.gameId(), booked.booking(), false);
    }

    private static void log(TrainingResult result, Booking booking, Recorded recorded) {
        recorded.completed().ifPresent(g -> LOG.info("{}: generation {} complete: {} games, {} won, mean fitness {},"
                + " best {} ({})", booking.key(), g.generation(), g.games(), g.wins(), round(g.meanFitness()),
                g.bestCandidate(), round(g.bestFitness())));
        LOG.debug("result {}/{} ({}): {} for {}", result.runId(), result.gameId(), result.modelVersion(),
                booking.status().wireName(), booking.candidateId());
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    Optional<StoredState> state(StateKey key) throws SQLException {
        try (Connection c = db.connection()) {
            return states.read(c, key);
        }
    }

    Map<BookingStatus, Long> counts(StateKey key) throws SQLException {
        try (Connection c = db.connection()) {
            return results.counts(c, key);
        }
    }

    List<String> opponents() throws SQLException {
        try (Connection c = db.connection()) {
            return states.opponents(c);
        }
    }

    Optional<StoredResult> find(String runId, String gameId) throws SQLException {
        try (Connection c = db.connection()) {
            return results.find(c, runId, gameId);
        }
    }

    /** Another process wrote the state between this transaction's read and write. */
    private static final class StateChanged extends RuntimeException {
        StateChanged(StateKey key) {
            super(key.rowKey(), null, false, false);
        }
    }
}
