package io.wickedzerg.services.learning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wickedzerg.optimiser.Result;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The {@code training_results} table: each result once per {@code (run_id, game_id)}, inserted before it is booked
 * (in the same transaction), so a repeat is recognised before it could count twice.
 */
final class ResultRows {

    private static final String COLUMNS = "run_id, game_id, instance_id, game_result, game_time, build_order_score,"
            + " loss_reason, parameters_updated, parameters, model_version, build_order, opponent, opponent_race,"
            + " opponent_difficulty, opponent_id, map_name, killed_value, lost_value, state_key, record_status,"
            + " candidate_id, generation, completed_generation, received_ms";
    private static final TypeReference<Map<String, Double>> PARAMETERS = new TypeReference<>() { };
    /** The status of a row between its insert and its booking, which one transaction holds together. */
    private static final String RECEIVED = "received";

    private final ObjectMapper json;

    ResultRows(ObjectMapper json) {
        this.json = json;
    }

    /** Inserts the result unbooked; false when {@code (run_id, game_id)} is stored already (nothing written). */
    boolean insert(Connection c, TrainingResult r, long nowMs) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO training_results (" + COLUMNS + ") VALUES"
                + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (run_id, game_id) DO NOTHING")) {
            int i = 0;
            insert.setString(++i, r.runId());
            insert.setString(++i, r.gameId());
            insert.setString(++i, r.instanceId());
            insert.setString(++i, r.result().name());
            insert.setDouble(++i, r.gameTime());
            insert.setDouble(++i, r.buildOrderScore());
            insert.setString(++i, r.lossReason());
            insert.setInt(++i, r.parametersUpdated());
            insert.setString(++i, write(new TreeMap<>(r.parameters())));
            insert.setString(++i, r.modelVersion());
            insert.setString(++i, r.buildOrder());
            insert.setString(++i, r.opponent().label());
            insert.setString(++i, r.opponent().race());
            insert.setString(++i, r.opponent().difficulty());
            insert.setString(++i, r.opponent().id());
            insert.setString(++i, r.map());
            setDouble(insert, ++i, r.killedValue());
            setDouble(insert, ++i, r.lostValue());
            insert.setString(++i, StateKey.GLOBAL.rowKey());
            insert.setString(++i, RECEIVED);
            insert.setString(++i, null);
            setInt(insert, ++i, null);
            setInt(insert, ++i, null);
            insert.setLong(++i, nowMs);
            return insert.executeUpdate() == 1;
        }
    }

    void book(Connection c, TrainingResult r, Booking b) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE training_results SET state_key = ?,"
                + " record_status = ?, candidate_id = ?, generation = ?, completed_generation = ?"
                + " WHERE run_id = ? AND game_id = ?")) {
            update.setString(1, b.key().rowKey());
            update.setString(2, b.status().wireName());
            update.setString(3, b.candidateId());
            setInt(update, 4, b.generation());
            setInt(update, 5, b.completedGeneration());
            update.setString(6, r.runId());
            update.setString(7, r.gameId());
            if (update.executeUpdate() != 1) {
                throw new SQLException("result " + r.runId() + "/" + r.gameId() + " vanished before it was booked");
            }
        }
    }

    Optional<StoredResult> find(Connection c, String runId, String gameId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS
                + " FROM training_results WHERE run_id = ? AND game_id = ?")) {
            select.setString(1, runId);
            select.setString(2, gameId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(stored(row)) : Optional.empty();
            }
        }
    }

    /** How many results were counted in the state {@code key}, by status. */
    Map<BookingStatus, Long> counts(Connection c, StateKey key) throws SQLException {
        Map<BookingStatus, Long> counts = new TreeMap<>();
        try (PreparedStatement select = c.prepareStatement("SELECT record_status, COUNT(*) FROM training_results"
                + " WHERE state_key = ? GROUP BY record_status")) {
            select.setString(1, key.rowKey());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    counts.put(BookingStatus.ofWireName(rows.getString(1)), rows.getLong(2));
                }
            }
        }
        return counts;
    }

    private StoredResult stored(ResultSet row) throws SQLException {
        TrainingResult result = new TrainingResult(row.getString("run_id"), row.getString("game_id"),
                row.getString("instance_id"), Result.valueOf(row.getString("game_result").toUpperCase(Locale.ROOT)),
                row.getDouble("game_time"), row.getDouble("build_order_score"), row.getString("loss_reason"),
                row.getInt("parameters_updated"), read(row.getString("parameters")), row.getString("model_version"),
                row.getString("build_order"), new TrainingResult.Opponent(row.getString("opponent"),
                row.getString("opponent_race"), row.getString("opponent_difficulty"), row.getString("opponent_id")),
                row.getString("map_name"), getDouble(row, "killed_value"), getDouble(row, "lost_value"));
        Booking booking = new Booking(StateKey.ofRowKey(row.getString("state_key")),
                BookingStatus.ofWireName(row.getString("record_status")), row.getString("candidate_id"),
                getInt(row, "generation"), getInt(row, "completed_generation"));
        return new StoredResult(result, booking, row.getLong("received_ms"));
    }

    private String write(Map<String, Double> parameters) throws SQLException {
        try {
            return json.writeValueAsString(parameters);
        } catch (JsonProcessingException e) {
            throw new SQLException("parameters cannot be written as JSON: " + e.getMessage(), e);
        }
    }

    private Map<String, Double> read(String text) throws SQLException {
        try {
            return json.readValue(text, PARAMETERS);
        } catch (JsonProcessingException e) {
            throw new SQLException("stored parameters are not JSON: " + e.getMessage(), e);
        }
    }

    private static void setDouble(PreparedStatement s, int i, Double value) throws SQLException {
        if (value == null) {
            s.setNull(i, Types.DOUBLE);
        } else {
            s.setDouble(i, value);
        }
    }

    private static void setInt(PreparedStatement s, int i, Integer value) throws SQLException {
        if (value == null) {
            s.setNull(i, Types.INTEGER);
        } else {
            s.setInt(i, value);
        }
    }

    private static Double getDouble(ResultSet row, String column) throws SQLException {
        double v = row.getDouble(column);
        return row.wasNull() ? null : v;
    }

    private static Integer getInt(ResultSet row, String column) throws SQLException {
        int v = row.getInt(column);
        return row.wasNull() ? null : v;
    }
}
