package io.wickedzerg.services.learning;

import io.wickedzerg.optimiser.OptimiserJson;
import io.wickedzerg.optimiser.OptimiserState;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code optimiser_states} table: one JSON state per key, written only over the revision that was read. */
final class StateRows {

    private final OptimiserJson json = new OptimiserJson();

    Optional<StoredState> read(Connection c, StateKey key) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT revision, state_json FROM optimiser_states WHERE state_key = ?")) {
            select.setString(1, key.rowKey());
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredState(key, parse(key, row.getString(2)), row.getLong(1)));
            }
        }
    }

    boolean exists(Connection c, StateKey key) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT 1 FROM optimiser_states WHERE state_key = ?")) {
            select.setString(1, key.rowKey());
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    /** Writes {@code state} as the first revision unless the key has a row already; true when it wrote. */
    boolean insertIfAbsent(Connection c, StateKey key, OptimiserState state, long nowMs) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO optimiser_states (state_key, revision,"
                + " state_json, updated_ms) VALUES (?, 1, ?, ?) ON CONFLICT (state_key) DO NOTHING")) {
            insert.setString(1, key.rowKey());
            insert.setString(2, json.writeString(state));
            insert.setLong(3, nowMs);
            return insert.executeUpdate() == 1;
        }
    }

    /**
     * Replaces the state read as {@code read}; false when another writer replaced it since (nothing written then).
     * On PostgreSQL the UPDATE waits for a concurrent writer of the row and then finds its new revision.
     */
    boolean replace(Connection c, StoredState read, OptimiserState next, long nowMs) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE optimiser_states SET revision = revision + 1,"
                + " state_json = ?, updated_ms = ? WHERE state_key = ? AND revision = ?")) {
            update.setString(1, json.writeString(next));
            update.setLong(2, nowMs);
            update.setString(3, read.key().rowKey());
            update.setLong(4, read.revision());
            return update.executeUpdate() == 1;
        }
    }

    /** The opponents that have a state of their own, in id order. */
    List<String> opponents(Connection c) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(
                "SELECT state_key FROM optimiser_states ORDER BY state_key");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                StateKey.ofRowKey(rows.getString(1)).opponentId().ifPresent(ids::add);
            }
        }
        return ids;
    }

    private OptimiserState parse(StateKey key, String text) throws SQLException {
        try {
            return json.read(text);
        } catch (IOException e) {
            // not a state this version can read: a fault of the database, which a person has to look at
            throw new SQLException("optimiser_states row " + key.rowKey() + " is not a readable state: " + e.getMessage(), e);
        }
    }
}
