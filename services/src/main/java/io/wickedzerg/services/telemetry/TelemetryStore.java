package io.wickedzerg.services.telemetry;

import io.wickedzerg.services.db.Database;
import io.wickedzerg.services.logs.LogLine;
import io.wickedzerg.services.logs.LogStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes telemetry batches: each event once per {@code (run_id, seq)} however often it is sent, the
 * games table kept in step with the events actually added, all in one transaction per batch. The
 * service holds no state of its own, so any number of processes can write one database.
 */
public final class TelemetryStore {

    private static final String INSERT_EVENT = "INSERT INTO telemetry_events (run_id, seq, game_id, game_loop, kind,"
            + " fields, received_ms) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (run_id, seq) DO NOTHING";
    // CASE, not MIN/MAX or LEAST/GREATEST: SQLite and PostgreSQL spell those differently
    private static final String UPSERT_GAME = "INSERT INTO games (game_id, run_id, instance_id, opponent, map_name,"
            + " result, first_loop, last_loop, event_count, first_seen_ms, last_seen_ms)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (game_id) DO UPDATE SET"
            + " instance_id = COALESCE(excluded.instance_id, games.instance_id),"
            + " opponent = COALESCE(excluded.opponent, games.opponent),"
            + " map_name = COALESCE(excluded.map_name, games.map_name),"
            + " result = COALESCE(excluded.result, games.result),"
            + " first_loop = CASE WHEN excluded.first_loop < games.first_loop THEN excluded.first_loop"
            + " ELSE games.first_loop END,"
            + " last_loop = CASE WHEN excluded.last_loop > games.last_loop THEN excluded.last_loop"
            + " ELSE games.last_loop END,"
            + " event_count = games.event_count + excluded.event_count,"
            + " last_seen_ms = excluded.last_seen_ms";

    private final Database db;
    private final LogStore logs;
    private final Clock clock;

    public TelemetryStore(Database db, LogStore logs, Clock clock) {
        this.db = db;
        this.logs = logs;
        this.clock = clock;
    }

    public IngestResult ingest(List<StoredEvent> events) throws SQLException {
        if (events.isEmpty()) {
            return new IngestResult(0, 0);
        }
        long now = clock.millis();
        return db.inTransaction(connection -> {
            int[] counts = insertEvents(connection, events, now);
            Map<String, GameAggregate> games = new TreeMap<>(); // sorted: every writer locks rows in one order
            List<LogLine> logLines = new ArrayList<>();
            int inserted = 0;
            for (int i = 0; i < events.size(); i++) {
                if (counts[i] == 0) {
                    continue;
                }
                inserted++;
                StoredEvent event = events.get(i);
                games.computeIfAbsent(event.gameId(), id -> new GameAggregate(id, event.runId())).add(event);
                if ("log".equals(event.kind())) {
                    logLines.add(BotLogLines.of(event, now));
                }
            }
            upsertGames(connection, games.values(), now);
            logs.insert(connection, logLines);
            return new IngestResult(inserted, events.size() - inserted);
        });
    }

    private int[] insertEvents(Connection connection, List<StoredEvent> events, long now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_EVENT)) {
            for (StoredEvent event : events) {
                insert.setString(1, event.runId());
                insert.setLong(2, event.seq());
                insert.setString(3, event.gameId());
                insert.setLong(4, event.gameLoop());
                insert.setString(5, event.kind());
                insert.setString(6, event.fieldsJson());
                insert.setLong(7, now);
                insert.addBatch();
            }
            int[] counts = insert.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] < 0) {
                    // a driver that batches without per-row counts would make duplicates undetectable
                    throw new SQLException("the database driver gave no row count for event " + i);
                }
            }
            return counts;
        }
    }

    private static void upsertGames(Connection connection, Iterable<GameAggregate> games, long now)
            throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT_GAME)) {
            boolean any = false;
            for (GameAggregate game : games) {
                upsert.setString(1, game.gameId);
                upsert.setString(2, game.runId);
                upsert.setString(3, game.instanceId);
                upsert.setString(4, game.opponent);
                upsert.setString(5, game.map);
                upsert.setString(6, game.result);
                upsert.setLong(7, game.firstLoop);
                upsert.setLong(8, game.lastLoop);
                upsert.setLong(9, game.count);
                upsert.setLong(10, now);
                upsert.setLong(11, now);
                upsert.addBatch();
                any = true;
            }
            if (any) {
                upsert.executeBatch();
            }
        }
    }
}
