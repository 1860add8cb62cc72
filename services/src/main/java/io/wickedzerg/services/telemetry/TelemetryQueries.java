package io.wickedzerg.services.telemetry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wickedzerg.services.db.Database;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads games and their events back for {@code GET /api/games...}. */
public final class TelemetryQueries {

    private static final String GAME_COLUMNS = "game_id, run_id, instance_id, opponent, map_name, result, first_loop,"
            + " last_loop, event_count, first_seen_ms, last_seen_ms";

    private final Database db;
    private final ObjectMapper json;

    public TelemetryQueries(Database db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    /** The most recently active games first. */
    public List<GameRow> games(int limit, int offset) throws SQLException {
        String sql = "SELECT " + GAME_COLUMNS + " FROM games ORDER BY last_seen_ms DESC, game_id LIMIT ? OFFSET ?";
        try (Connection connection = db.connection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setInt(1, limit);
            query.setInt(2, offset);
            List<GameRow> games = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    games.add(game(rows));
                }
            }
            return games;
        }
    }

    public Optional<GameRow> game(String gameId) throws SQLException {
        String sql = "SELECT " + GAME_COLUMNS + " FROM games WHERE game_id = ?";
        try (Connection connection = db.connection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, gameId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(game(rows)) : Optional.empty();
            }
        }
    }

    private static GameRow game(ResultSet rows) throws SQLException {
        return new GameRow(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                rows.getString(5), rows.getString(6), rows.getLong(7), rows.getLong(8), rows.getLong(9),
                rows.getLong(10), rows.getLong(11));
    }

    /** The game's events in (game loop, seq) order, each as {@code {"seq","game_loop","kind", ...fields}}. */
    public List<ObjectNode> events(String gameId, EventQuery q) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT run_id, seq, game_loop, kind, fields FROM telemetry_events"
                + " WHERE game_id = ? AND game_loop >= ? AND game_loop <= ?");
        q.kinds().forEach(k -> sql.append(sql.indexOf("kind IN") < 0 ? " AND kind IN (?" : ", ?"));
        if (!q.kinds().isEmpty()) {
            sql.append(')');
        }
        q.exclude().forEach(k -> sql.append(" AND kind <> ?"));
        sql.append(" ORDER BY game_loop, run_id, seq LIMIT ?");
        try (Connection connection = db.connection();
             PreparedStatement query = connection.prepareStatement(sql.toString())) {
            int i = 1;
            query.setString(i++, gameId);
            query.setLong(i++, q.fromLoop());
            query.setLong(i++, q.toLoop());
            for (String kind : q.kinds()) {
                query.setString(i++, kind);
            }
            for (String kind : q.exclude()) {
                query.setString(i++, kind);
            }
            query.setInt(i, q.limit());
            List<ObjectNode> events = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    events.add(event(rows, q));
                }
            }
            return events;
        }
    }

    private ObjectNode event(ResultSet rows, EventQuery q) throws SQLException {
        ObjectNode event = json.createObjectNode();
        event.put("run_id", rows.getString(1));
        event.put("seq", rows.getLong(2));
        event.put("game_loop", rows.getLong(3));
        event.put("kind", rows.getString(4));
        JsonNode fields;
        try {
            fields = json.readTree(rows.getString(5));
        } catch (IOException e) {
            throw new SQLException("stored fields of seq " + rows.getLong(2) + " are not JSON", e);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = fields.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (q.fields().isEmpty() || q.fields().contains(field.getKey())) {
                event.set(field.getKey(), field.getValue());
            }
        }
        return event;
    }
}
