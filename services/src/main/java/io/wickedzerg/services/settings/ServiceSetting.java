package io.wickedzerg.services.settings;


/**
 * Every setting of the services: JSON key, environment variable, kind, default, description. One
 * table drives the loader, the errors and the README, as HybridConfig's does for the bot.
 */
public enum ServiceSetting {
    TELEMETRY_PORT("telemetry_port", "TELEMETRY_PORT", ValueKind.PORT, "8001", "port of the telemetry service"),
    REGISTRY_PORT("registry_port", "REGISTRY_PORT", ValueKind.PORT, "8003", "port of the registry"),
    BIND_ADDRESS("bind_address", "SERVICE_BIND_ADDRESS", ValueKind.HOST, "127.0.0.1",
            "address the services listen on; 0.0.0.0 for every interface"),
    DATA_DIR("data_dir", "SERVICE_DATA_DIR", ValueKind.PATH, "data",
            "where the embedded SQLite files live (services/<service>.db)"),
    DATABASE_URL("database_url", "SERVICE_DB_URL", ValueKind.TEXT, "",
            "a JDBC URL (jdbc:sqlite:… or jdbc:postgresql://…); empty: SQLite under data_dir"),
    DATABASE_USER("database_user", "SERVICE_DB_USER", ValueKind.TEXT, "", "database user (PostgreSQL)"),
    DATABASE_PASSWORD("database_password", "SERVICE_DB_PASSWORD", ValueKind.SECRET, "",
            "database password (PostgreSQL); never printed"),
    DATABASE_POOL_SIZE("database_pool_size", "SERVICE_DB_POOL_SIZE", ValueKind.POSITIVE_INT, "4",
            "database connections per service process"),
    API_KEY("api_key", "SERVICE_API_KEY", ValueKind.SECRET, "",
            "when set, every /api/* request needs 'Authorization: Bearer <key>'; never printed"),
    MAX_BODY_BYTES("max_body_bytes", "SERVICE_MAX_BODY_BYTES", ValueKind.POSITIVE_BYTES, "8388608",
            "largest request body as sent (compressed or not); beyond it 413"),
    MAX_INFLATED_BYTES("max_inflated_bytes", "SERVICE_MAX_INFLATED_BYTES", ValueKind.POSITIVE_BYTES, "67108864",
            "largest request body after gunzip; beyond it 413"),
    MAX_EVENTS_PER_BATCH("max_events_per_batch", "SERVICE_MAX_EVENTS_PER_BATCH", ValueKind.POSITIVE_INT, "10000",
            "events in one telemetry batch; beyond it 413"),
    MAX_FIELD_CHARS("max_field_chars", "SERVICE_MAX_FIELD_CHARS", ValueKind.POSITIVE_INT, "8192",
            "longest string value in a request; beyond it 400 naming the field"),
    TLS_KEYSTORE("tls_keystore", "SERVICE_TLS_KEYSTORE", ValueKind.OPTIONAL_PATH, "",
            "PKCS12 key store: when set (or tls_cert), the service serves https only"),
    TLS_KEYSTORE_PASSWORD("tls_keystore_password", "SERVICE_TLS_KEYSTORE_PASSWORD", ValueKind.SECRET, "",
            "password of tls_keystore; never printed"),
    TLS_CERT("tls_cert", "SERVICE_TLS_CERT", ValueKind.OPTIONAL_PATH, "",
            "PEM certificate chain (with tls_key) instead of a PKCS12 key store"),
    TLS_KEY("tls_key", "SERVICE_TLS_KEY", ValueKind.OPTIONAL_PATH, "", "PEM private key (PKCS#8) for tls_cert"),
    REGISTRY_URL("registry_url", "SERVICE_REGISTRY_URL", ValueKind.OPTIONAL_URL, "",
            "when set, the service registers itself there, heartbeats and deregisters at shutdown; the dashboard"
                    + " reads the services from it (empty: http://<bind address>:<registry_port>)"),
    ADVERTISED_URL("advertised_url", "SERVICE_ADVERTISED_URL", ValueKind.OPTIONAL_URL, "",
            "the URL given to the registry; empty: http(s)://<bind address>:<port>"),
    REGISTRATION_TTL("registration_ttl", "SERVICE_REGISTRATION_TTL", ValueKind.POSITIVE_SECONDS, "30",
            "how long the registry keeps this service without a heartbeat (heartbeat every third of it), seconds"),
    LOG_SHIP_URL("log_ship_url", "SERVICE_LOG_SHIP_URL", ValueKind.OPTIONAL_URL, "",
            "telemetry service that receives this service's WARN/ERROR lines; empty: not shipped"),
    SHUTDOWN_GRACE("shutdown_grace", "SERVICE_SHUTDOWN_GRACE", ValueKind.POSITIVE_SECONDS, "10",
            "longest wait for in-flight requests at shutdown, seconds"),
    DASHBOARD_PORT("dashboard_port", "DASHBOARD_PORT", ValueKind.PORT, "8000", "port of the monitoring dashboard"),
    TELEMETRY_URL("telemetry_url", "DASHBOARD_TELEMETRY_URL", ValueKind.OPTIONAL_URL, "",
            "the telemetry service the dashboard reads; empty: the registry's telemetry entry, else"
                    + " http://<bind address>:<telemetry_port>"),
    LEARNING_URL("learning_url", "DASHBOARD_LEARNING_URL", ValueKind.OPTIONAL_URL, "",
            "the learning service the dashboard reads; empty: the registry's learning entry, else"
                    + " http://<bind address>:<learning_port>"),
    SUPERVISOR_URL("supervisor_url", "DASHBOARD_SUPERVISOR_URL", ValueKind.OPTIONAL_URL, "",
            "the supervisor whose /health and /metrics the dashboard reads; empty: http://<bind address>:8009"),
    DASHBOARD_LIVE_WINDOW("dashboard_live_window", "DASHBOARD_LIVE_WINDOW", ValueKind.POSITIVE_SECONDS, "10",
            "the dashboard shows a game as live while its last telemetry is at most this old, seconds"),
    DASHBOARD_UPSTREAM_TIMEOUT("dashboard_upstream_timeout", "DASHBOARD_UPSTREAM_TIMEOUT",
            ValueKind.POSITIVE_SECONDS, "2",
            "longest wait of the dashboard for another service's answer; beyond it that service shows as down, seconds"),
    LEARNING_PORT("learning_port", "LEARNING_PORT", ValueKind.PORT, "8002", "port of the learning service"),
    LEARNING_CONFIG_DIR("learning_config_dir", "LEARNING_CONFIG_DIR", ValueKind.PATH, "config",
            "where the learning service reads strategy-defaults.json (each parameter's default and range) and"
                    + " build-orders/*.json (the build orders it may choose)"),
    LEARNING_POPULATION_SIZE("learning_population_size", "LEARNING_POPULATION_SIZE", ValueKind.POSITIVE_INT, "10",
            "parameter sets per generation; applies when the learning service starts a new optimiser state"),
    LEARNING_GAMES_PER_CANDIDATE("learning_games_per_candidate", "LEARNING_GAMES_PER_CANDIDATE",
            ValueKind.POSITIVE_INT, "2",
            "games each parameter set plays before it is scored; applies when a new optimiser state starts"),
    LEARNING_SEED("learning_seed", "LEARNING_SEED", ValueKind.WHOLE_NUMBER, "1",
            "seed of the optimiser: the same seed and the same results give the same generations"),
    LEARNING_START("learning_start", "LEARNING_START", ValueKind.START_MODE, "defaults",
            "generation 0 of a new optimiser state: defaults (the defaults and mutated copies of them) or random"
                    + " (parameter sets drawn over the whole ranges)"),
    LEARNING_MODE("learning_mode", "LEARNING_MODE", ValueKind.SERVE_MODE, "explore",
            "what GET /api/model/latest serves without ?mode=: explore (the next parameter set to evaluate) or"
                    + " exploit (the current best)");

    private final String jsonKey;
    private final String envVar;
    private final ValueKind kind;
    private final String defaultText;
    private final String description;

    ServiceSetting(String jsonKey, String envVar, ValueKind kind, String defaultText, String description) {
        this.jsonKey = jsonKey;
        this.envVar = envVar;
        this.kind = kind;
        this.defaultText = defaultText;
        this.description = description;
    }

    public String jsonKey() {
        return jsonKey;
    }

    public String envVar() {
        return envVar;
    }

    public String defaultText() {
        return defaultText;
    }

    public String description() {
        return description;
    }

    /** The setting that holds {@code service}'s port. */
    public static ServiceSetting portOf(ServiceName service) {
        return switch (service) {
            case TELEMETRY -> TELEMETRY_PORT;
            case REGISTRY -> REGISTRY_PORT;
            case DASHBOARD -> DASHBOARD_PORT;
            case LEARNING -> LEARNING_PORT;
        };
    }

    public String allowed() {
        return kind.allowed();
    }

    Object parse(String text) {
        return kind.parse(text);
    }

}
