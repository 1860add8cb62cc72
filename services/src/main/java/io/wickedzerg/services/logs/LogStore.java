package io.wickedzerg.services.logs;

import io.wickedzerg.services.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** WARN and ERROR lines of every service and bot, in the telemetry service's database. */
public final class LogStore {

    private static final String INSERT = "INSERT INTO log_lines (source, seq, service, level, logger, message, error,"
            + " thread, time_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source, seq) DO NOTHING";

    private final Database db;

    public LogStore(Database db) {
        this.db = db;
    }

    /** Stores the lines in one transaction; returns how many were new. */
    public int insert(List<LogLine> lines) throws SQLException {
        return db.inTransaction(connection -> insert(connection, lines));
    }

    /** Within the caller's transaction; returns how many were new. */
    public int insert(Connection connection, List<LogLine> lines) throws SQLException {
        if (lines.isEmpty()) {
            return 0;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (LogLine line : lines) {
                insert.setString(1, line.source());
                insert.setLong(2, line.seq());
                insert.setString(3, line.service());
                insert.setString(4, line.level());
                insert.setString(5, line.logger());
                insert.setString(6, line.message());
                insert.setString(7, line.error());
                insert.setString(8, line.thread());
                insert.setLong(9, line.timeMs());
                insert.addBatch();
            }
            int inserted = 0;
            for (int count : insert.executeBatch()) {
                inserted += count > 0 ? 1 : 0;
            }
            return inserted;
        }
    }

    /**
     * Lines at {@code minLevel} or above (ERROR above WARN), of one service when given, at or after
     * {@code sinceMs}, oldest first, at most {@code limit}.
     */
    public List<LogLine> query(String service, String minLevel, long sinceMs, int limit) throws SQLException {
        String sql = "SELECT source, seq, service, level, logger, message, error, thread, time_ms FROM log_lines"
                + " WHERE time_ms >= ?" + (service == null ? "" : " AND service = ?")
                + ("ERROR".equals(minLevel) ? " AND level = 'ERROR'" : "")
                + " ORDER BY time_ms, source, seq LIMIT ?";
        try (Connection connection = db.connection(); PreparedStatement query = connection.prepareStatement(sql)) {
            int i = 1;
            query.setLong(i++, sinceMs);
            if (service != null) {
                query.setString(i++, service);
            }
            query.setInt(i, limit);
            List<LogLine> lines = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    lines.add(new LogLine(rows.getString(1), rows.getLong(2), rows.getString(3), rows.getString(4),
                            rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8),
                            rows.getLong(9)));
                }
            }
            return lines;
        }
    }
}
