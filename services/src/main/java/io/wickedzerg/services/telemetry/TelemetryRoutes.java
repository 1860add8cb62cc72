package io.wickedzerg.services.telemetry;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.wickedzerg.services.http.ApiError;
import io.wickedzerg.services.http.QueryParams;
import io.wickedzerg.services.http.RequestBodies;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The telemetry service's API: {@code POST /api/telemetry} (idempotent on {@code (run_id, seq)}),
 * {@code GET /api/games}, {@code GET /api/games/{id}}, {@code GET /api/games/{id}/telemetry} and
 * {@code GET /api/games/{id}/events}.
 */
public final class TelemetryRoutes {

    private final TelemetryStore store;
    private final TelemetryQueries queries;
    private final TelemetryBatchParser parser;
    private final RequestBodies bodies;
    private final Counter ingested;
    private final Counter duplicates;
    private final Timer reading;
    private final Timer parsing;
    private final Timer storing;

    public TelemetryRoutes(TelemetryStore store, TelemetryQueries queries, TelemetryBatchParser parser,
                           RequestBodies bodies, MeterRegistry metrics) {
        this.store = store;
        this.queries = queries;
        this.parser = parser;
        this.bodies = bodies;
        this.ingested = Counter.builder("telemetry_events_ingested").description("events stored for the first time")
                .register(metrics);
        this.duplicates = Counter.builder("telemetry_events_duplicate")
                .description("events received again and skipped (retries, replays)").register(metrics);
        // where an ingest request spends its time: the load benchmark reports these
        this.reading = Timer.builder("telemetry_ingest_read").description("reading and gunzipping batch bodies")
                .register(metrics);
        this.parsing = Timer.builder("telemetry_ingest_parse").description("parsing and checking batches")
                .register(metrics);
        this.storing = Timer.builder("telemetry_ingest_store").description("database transactions of batches")
                .register(metrics);
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/telemetry", this::ingest);
        routes.get("/api/games", this::games);
        routes.get("/api/games/{id}", ctx -> ctx.json(row(game(ctx))));
        routes.get("/api/games/{id}/telemetry", ctx -> events(ctx, Set.of()));
        routes.get("/api/games/{id}/events", ctx -> events(ctx, Set.of("sample", "log")));
    }

    private void ingest(Context ctx) throws SQLException {
        long start = System.nanoTime();
        byte[] raw = bodies.read(ctx);
        long read = System.nanoTime();
        TelemetryBatch batch = parser.parse(raw);
        long parsed = System.nanoTime();
        IngestResult result = store.ingest(batch.events());
        reading.record(read - start, TimeUnit.NANOSECONDS);
        parsing.record(parsed - read, TimeUnit.NANOSECONDS);
        storing.record(System.nanoTime() - parsed, TimeUnit.NANOSECONDS);
        ingested.increment(result.inserted());
        duplicates.increment(result.duplicates());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("batch_id", batch.batchId());
        body.put("received", batch.events().size());
        body.put("new", result.inserted());
        body.put("duplicates", result.duplicates());
        ctx.status(200).json(body);
    }

    private void games(Context ctx) throws SQLException {
        int limit = (int) QueryParams.wholeNumber(ctx, "limit", 100, 1, 1000);
        int offset = (int) QueryParams.wholeNumber(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        ctx.json(Map.of("games", queries.games(limit, offset).stream().map(TelemetryRoutes::row).toList()));
    }

    private GameRow game(Context ctx) throws SQLException {
        String id = ctx.pathParam("id");
        if (!Ids.isId(id)) {
            throw ApiError.badRequest("id", "is not a game id (1-128 of A-Z a-z 0-9 . _ : -)");
        }
        return queries.game(id).orElseThrow(() -> ApiError.notFound("id", "no game '" + id + "'"));
    }

    private void events(Context ctx, Set<String> exclude) throws SQLException {
        GameRow game = game(ctx);
        long from = QueryParams.wholeNumber(ctx, "from_loop", 0, 0, Long.MAX_VALUE);
        long to = QueryParams.wholeNumber(ctx, "to_loop", Long.MAX_VALUE, 0, Long.MAX_VALUE);
        if (to < from) {
            throw ApiError.badRequest("to_loop", "is before from_loop");
        }
        int limit = (int) QueryParams.wholeNumber(ctx, "limit", 100_000, 1, 1_000_000);
        EventQuery query = new EventQuery(QueryParams.names(ctx, "kind"), exclude, QueryParams.names(ctx, "fields"),
                from, to, limit);
        List<ObjectNode> events = queries.events(game.gameId(), query);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("game_id", game.gameId());
        body.put("count", events.size());
        body.put("events", events);
        ctx.json(body);
    }

    static Map<String, Object> row(GameRow game) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("game_id", game.gameId());
        row.put("run_id", game.runId());
        row.put("instance_id", game.instanceId());
        row.put("opponent", game.opponent());
        row.put("map", game.map());
        row.put("result", game.result());
        row.put("first_loop", game.firstLoop());
        row.put("last_loop", game.lastLoop());
        row.put("event_count", game.eventCount());
        row.put("first_seen", java.time.Instant.ofEpochMilli(game.firstSeenMs()).toString());
        row.put("last_seen", java.time.Instant.ofEpochMilli(game.lastSeenMs()).toString());
        return row;
    }
}
