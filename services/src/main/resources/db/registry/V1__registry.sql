-- The same script runs on SQLite and PostgreSQL: only types and syntax both accept.
CREATE TABLE service_instances (
    name          VARCHAR(64)   NOT NULL,
    instance_id   VARCHAR(128)  NOT NULL,
    url           VARCHAR(2048) NOT NULL,
    ttl_seconds   INTEGER       NOT NULL,
    metadata      TEXT          NOT NULL,
    load_value    DOUBLE PRECISION,
    registered_ms BIGINT        NOT NULL,
    last_seen_ms  BIGINT        NOT NULL,
    expires_ms    BIGINT        NOT NULL,
    PRIMARY KEY (name, instance_id)
);
CREATE INDEX service_instances_by_expiry ON service_instances (expires_ms);
