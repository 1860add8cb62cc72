package io.wickedzerg.services.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wickedzerg.services.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Registered instances with a TTL, in the database so that any number of registry processes agree.
 * Time comes from the injected clock: an instance is healthy until {@code last heartbeat + ttl}.
 */
public final class RegistryStore {

    private static final String COLUMNS = "name, instance_id, url, ttl_seconds, metadata, load_value, registered_ms,"
            + " last_seen_ms, expires_ms";
    private static final TypeReference<Map<String, String>> METADATA = new TypeReference<>() {
    };

    private final Database db;
    private final ObjectMapper json;
    private final Clock clock;

    public RegistryStore(Database db, ObjectMapper json, Clock clock) {
        this.db = db;
        this.json = json;
        this.clock = clock;
    }

    /** Registers or renews (a repeated registration is the heartbeat); returns it as stored. */
    public Registration register(Registration r) throws SQLException {
        long now = clock.millis();
        long expires = now + r.ttlSeconds() * 1000L;
        String sql = "INSERT INTO service_instances (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (name, instance_id) DO UPDATE SET url = excluded.url,"
                + " ttl_seconds = excluded.ttl_seconds, metadata = excluded.metadata, load_value = excluded.load_value,"
                + " last_seen_ms = excluded.last_seen_ms, expires_ms = excluded.expires_ms";
        try (Connection connection = db.connection(); PreparedStatement upsert = connection.prepareStatement(sql)) {
            upsert.setString(1, r.name());
            upsert.setString(2, r.instanceId());
            upsert.setString(3, r.url());
            upsert.setInt(4, r.ttlSeconds());
            upsert.setString(5, write(r.metadata()));
            upsert.setDouble(6, r.load());
            upsert.setLong(7, now);
            upsert.setLong(8, now);
            upsert.setLong(9, expires);
            upsert.executeUpdate();
            purgeExpired(connection, now);
        }
        return new Registration(r.name(), r.instanceId(), r.url(), r.ttlSeconds(), r.metadata(), r.load(), now, now,
                expires);
    }

    /** Renews a live registration; empty when there is none (it expired or never was). */
    public Optional<Registration> heartbeat(String name, String instanceId) throws SQLException {
        long now = clock.millis();
        String sql = "UPDATE service_instances SET last_seen_ms = ?, expires_ms = ? + ttl_seconds * 1000"
                + " WHERE name = ? AND instance_id = ? AND expires_ms > ?";
        try (Connection connection = db.connection(); PreparedStatement update = connection.prepareStatement(sql)) {
            update.setLong(1, now);
            update.setLong(2, now);
            update.setString(3, name);
            update.setString(4, instanceId);
            update.setLong(5, now);
            if (update.executeUpdate() == 0) {
                return Optional.empty();
            }
        }
        return healthy(name).stream().filter(r -> r.instanceId().equals(instanceId)).findFirst();
    }

    public boolean deregister(String name, String instanceId) throws SQLException {
        String sql = "DELETE FROM service_instances WHERE name = ? AND instance_id = ?";
        try (Connection connection = db.connection(); PreparedStatement delete = connection.prepareStatement(sql)) {
            delete.setString(1, name);
            delete.setString(2, instanceId);
            return delete.executeUpdate() > 0;
        }
    }

    /** The healthy instances of one service, least loaded first, then the most recently seen. */
    public List<Registration> healthy(String name) throws SQLException {
        return select(" WHERE name = ? AND expires_ms > ? ORDER BY load_value, last_seen_ms DESC, instance_id", name);
    }

    /** Every healthy instance, by name. */
    public List<Registration> allHealthy() throws SQLException {
        return select(" WHERE expires_ms > ? ORDER BY name, load_value, last_seen_ms DESC, instance_id", null);
    }

    private List<Registration> select(String where, String name) throws SQLException {
        try (Connection connection = db.connection();
             PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " FROM service_instances"
                     + where)) {
            int i = 1;
            if (name != null) {
                query.setString(i++, name);
            }
            query.setLong(i, clock.millis());
            List<Registration> found = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(new Registration(rows.getString(1), rows.getString(2), rows.getString(3), rows.getInt(4),
                            read(rows.getString(5)), rows.getDouble(6), rows.getLong(7), rows.getLong(8),
                            rows.getLong(9)));
                }
            }
            return found;
        }
    }

    private static void purgeExpired(Connection connection, long now) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM service_instances WHERE expires_ms <= ?")) {
            delete.setLong(1, now);
            delete.executeUpdate();
        }
    }

    private String write(Map<String, String> metadata) {
        try {
            return json.writeValueAsString(metadata);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> read(String text) throws SQLException {
        try {
            return json.readValue(text, METADATA);
        } catch (JsonProcessingException e) {
            throw new SQLException("stored metadata is not JSON", e);
        }
    }
}
