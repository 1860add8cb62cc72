package io.wickedzerg.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Every setting of {@link HybridConfig}: its JSON key, its environment variable, its type and its
 * default. This one table drives the JSON loader, the environment loader, validation,
 * {@code describe()} and the README's settings table, so they cannot drift apart.
 */
public enum Setting {
    MODE("mode", "HYBRID_MODE", ValueType.MODE, Mode.LOCAL,
            "local: files on this machine only; hybrid: remote services with local fallback"),
    TELEMETRY_SERVICE_ENABLED("telemetry_service_enabled", "TELEMETRY_SERVICE_ENABLED", ValueType.BOOLEAN, true,
            "send telemetry to the telemetry service (hybrid mode only)"),
    TELEMETRY_SERVICE_URL("telemetry_service_url", "TELEMETRY_SERVICE_URL", ValueType.URL,
            URI.create("http://localhost:8001"), "telemetry service base URL"),
    LEARNING_SERVICE_ENABLED("learning_service_enabled", "LEARNING_SERVICE_ENABLED", ValueType.BOOLEAN, true,
            "send game results to / fetch models from the learning service (hybrid mode only)"),
    LEARNING_SERVICE_URL("learning_service_url", "LEARNING_SERVICE_URL", ValueType.URL,
            URI.create("http://localhost:8002"), "learning service base URL"),
    MONITORING_SERVICE_URL("monitoring_service_url", "MONITORING_SERVICE_URL", ValueType.URL,
            URI.create("http://localhost:8000"), "monitoring dashboard base URL"),
    SERVICE_REGISTRY_URL("service_registry_url", "SERVICE_REGISTRY_URL", ValueType.URL,
            URI.create("http://localhost:8003"), "service registry base URL"),
    CONNECTION_TIMEOUT("connection_timeout", "SERVICE_CONNECTION_TIMEOUT", ValueType.POSITIVE_SECONDS,
            Duration.ofSeconds(5), "HTTP connect/read/write timeout, seconds"),
    RETRY_ATTEMPTS("retry_attempts", "SERVICE_RETRY_ATTEMPTS", ValueType.NON_NEGATIVE_INT, 3,
            "retries after a failed request (0 = try once)"),
    RETRY_DELAY("retry_delay", "SERVICE_RETRY_DELAY", ValueType.NON_NEGATIVE_SECONDS, Duration.ofSeconds(1),
            "first retry back-off, seconds (grows exponentially, with jitter)"),
    FALLBACK_TO_LOCAL("fallback_to_local", "SERVICE_FALLBACK_TO_LOCAL", ValueType.BOOLEAN, true,
            "hybrid mode: the local learner also records every game (learning from those it served) and serves "
                    + "the model when the learning service is unreachable (telemetry and results are spooled either way)"),
    API_KEY("api_key", "SERVICE_API_KEY", ValueType.TEXT, "",
            "sent as 'Authorization: Bearer <key>' when set; never printed"),
    BATCH_SIZE("batch_size", "TELEMETRY_BATCH_SIZE", ValueType.POSITIVE_INT, 512,
            "telemetry events per batch"),
    FLUSH_INTERVAL("flush_interval", "TELEMETRY_FLUSH_INTERVAL", ValueType.POSITIVE_SECONDS, Duration.ofSeconds(1),
            "longest time an event waits before its batch is sent, seconds"),
    CLOSE_TIMEOUT("close_timeout", "TELEMETRY_CLOSE_TIMEOUT", ValueType.POSITIVE_SECONDS, Duration.ofSeconds(10),
            "longest time closing the telemetry client spends sending what is queued and replaying the spool "
                    + "before it spools the rest, seconds"),
    QUEUE_CAPACITY("queue_capacity", "TELEMETRY_QUEUE_CAPACITY", ValueType.POSITIVE_INT, 4096,
            "telemetry events held in memory; beyond it events are dropped and counted"),
    SPOOL_DIR("spool_dir", "SPOOL_DIR", ValueType.PATH, Path.of("data", "spool"),
            "where unsent batches and game results are kept on disk; unset, spool/ under data_dir"),
    SPOOL_MAX_BYTES("spool_max_bytes", "SPOOL_MAX_BYTES", ValueType.POSITIVE_LONG, 256L * 1024 * 1024,
            "telemetry spool size cap; the oldest telemetry segment is evicted beyond it (results never)"),
    DATA_DIR("data_dir", "WZ_DATA_DIR", ValueType.PATH, Path.of("data"),
            "local telemetry files, models, per-opponent data and logs"),
    INSTANCE_ID("instance_id", "WZ_INSTANCE_ID", ValueType.NAME, "wz-0",
            "names this bot instance in run ids and the service registry");

    private final String jsonKey;
    private final String envVar;
    private final ValueType type;
    private final Object defaultValue;
    private final String description;

    Setting(String jsonKey, String envVar, ValueType type, Object defaultValue, String description) {
        this.jsonKey = jsonKey;
        this.envVar = envVar;
        this.type = type;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    public String jsonKey() {
        return jsonKey;
    }

    public String envVar() {
        return envVar;
    }

    public String description() {
        return description;
    }

    /** What values are accepted, in words. */
    public String allowedValues() {
        return type.allowed();
    }

    /** The default as it prints (e.g. "5" for five seconds). */
    public String defaultText() {
        return format(defaultValue);
    }

    /** Secrets never print; everything else prints as it would be written in JSON. */
    public String formatForDisplay(Object value) {
        if (this == API_KEY) {
            String key = (String) value;
            return key.isEmpty() ? "(not set)" : "****** (set, " + key.length() + " chars)";
        }
        return format(value);
    }

    String format(Object value) {
        return type.format(value);
    }

    ValueType type() {
        return type;
    }

    Object defaultValue() {
        return defaultValue;
    }

    static java.util.Optional<Setting> byJsonKey(String key) {
        for (Setting s : values()) {
            if (s.jsonKey.equals(key)) {
                return java.util.Optional.of(s);
            }
        }
        return java.util.Optional.empty();
    }
}
