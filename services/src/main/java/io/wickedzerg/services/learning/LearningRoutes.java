package io.wickedzerg.services.learning;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.wickedzerg.services.http.ApiError;
import io.wickedzerg.services.http.QueryParams;
import io.wickedzerg.services.http.RequestBodies;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The learning service's API: {@code POST /api/training} (one game result, idempotent on {@code (run_id,
 * game_id)}), {@code GET /api/training/{run_id}/{game_id}}, {@code GET /api/model/latest} (ETag: the version) and
 * {@code GET /api/stats}; the last two take {@code ?opponent=ID}.
 */
public final class LearningRoutes {

    private final LearningStore store;
    private final TrainingParser parser;
    private final RequestBodies bodies;
    private final ServeMode defaultMode;
    private final MeterRegistry metrics;

    LearningRoutes(LearningStore store, TrainingParser parser, RequestBodies bodies, ServeMode defaultMode,
                   MeterRegistry metrics) {
        this.store = store;
        this.parser = parser;
        this.bodies = bodies;
        this.defaultMode = defaultMode;
        this.metrics = metrics;
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/training", this::train);
        routes.get("/api/training/{run_id}/{game_id}", this::stored);
        routes.get("/api/model/latest", this::model);
        routes.get("/api/stats", this::stats);
    }

    private void train(Context ctx) throws SQLException {
        TrainingResult result = parser.parse(bodies.read(ctx));
        Acknowledged ack = store.record(result);
        Counter.builder("learning_results").description("game results received, by what became of them")
                .tag("status", ack.duplicate() ? "duplicate" : ack.booking().status().wireName())
                .register(metrics).increment();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("run_id", ack.runId());
        body.put("game_id", ack.gameId());
        body.put("duplicate", ack.duplicate());
        body.putAll(booking(ack.booking()));
        ctx.status(200).json(body);
    }

    private void stored(Context ctx) throws SQLException {
        String runId = pathId(ctx, "run_id");
        String gameId = pathId(ctx, "game_id");
        StoredResult stored = store.find(runId, gameId).orElseThrow(() -> ApiError.notFound("game_id",
                "no result for run '" + runId + "' game '" + gameId + "'"));
        ctx.json(StoredResultJson.of(stored, booking(stored.booking())));
    }

    private void model(Context ctx) throws SQLException {
        ServeMode mode = ServeMode.of(QueryParams.oneOf(ctx, "mode", defaultMode.wireName(),
                Arrays.stream(ServeMode.values()).map(ServeMode::wireName).toArray(String[]::new)));
        ServedModel model = ServedModel.of(stateFor(ctx), mode);
        String etag = "\"" + model.version().text() + "\"";
        ctx.header("ETag", etag);
        // the model changes with every recorded result: a cache must ask each time (and may get a 304)
        ctx.header("Cache-Control", "no-cache");
        if (matches(ctx.header("If-None-Match"), etag)) {
            ctx.status(304);
            return;
        }
        ctx.json(model.json());
    }

    private void stats(Context ctx) throws SQLException {
        Optional<String> opponent = opponent(ctx);
        StateKey key = opponent.map(StateKey::opponent).orElse(StateKey.GLOBAL);
        StoredState state = store.state(key).orElseThrow(() -> ApiError.notFound("opponent", "no results from"
                + " opponent '" + opponent.orElse("") + "' yet; its stats start with its first result"));
        ctx.json(LearningStatsJson.of(state, store.counts(key), key.isGlobal() ? store.opponents() : List.of()));
    }

    /** The opponent's state when it has one, else the global one. */
    private StoredState stateFor(Context ctx) throws SQLException {
        Optional<String> opponent = opponent(ctx);
        if (opponent.isPresent()) {
            Optional<StoredState> own = store.state(StateKey.opponent(opponent.get()));
            if (own.isPresent()) {
                return own.get();
            }
        }
        return store.state(StateKey.GLOBAL).orElseThrow(() -> new SQLException("the global optimiser state is gone"));
    }

    private static Optional<String> opponent(Context ctx) {
        String id = ctx.queryParam("opponent");
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        if (!StateKey.OPPONENT_ID.matcher(id).matches()) {
            throw ApiError.badRequest("opponent", "must be " + StateKey.OPPONENT_ID_RULE + " (the ladder's OpponentId)");
        }
        return Optional.of(id);
    }

    private static String pathId(Context ctx, String name) {
        String id = ctx.pathParam(name);
        if (!TrainingParser.ID.matcher(id).matches()) {
            throw ApiError.badRequest(name, "must be 1-128 of A-Z a-z 0-9 . _ : -, starting with a letter or digit");
        }
        return id;
    }

    /** {@code If-None-Match}: {@code *}, or a list of tags (weak ones compared as strong: a version is exact). */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.trim();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals("*") || t.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Object> booking(Booking b) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", b.status().wireName());
        body.put("recorded", b.status() == BookingStatus.RECORDED);
        body.put("state", b.key().rowKey());
        body.put("candidate", b.candidateId());
        body.put("generation", b.generation());
        body.put("completed_generation", b.completedGeneration());
        return body;
    }
}
