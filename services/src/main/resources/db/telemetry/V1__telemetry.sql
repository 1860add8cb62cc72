-- The same script runs on SQLite and PostgreSQL: only types and syntax both accept.
CREATE TABLE telemetry_events (
    run_id      VARCHAR(128) NOT NULL,
    seq         BIGINT       NOT NULL,
    game_id     VARCHAR(128) NOT NULL,
    game_loop   BIGINT       NOT NULL,
    kind        VARCHAR(64)  NOT NULL,
    fields      TEXT         NOT NULL,
    received_ms BIGINT       NOT NULL,
    PRIMARY KEY (run_id, seq)
);
CREATE INDEX telemetry_events_by_game ON telemetry_events (game_id, game_loop);

CREATE TABLE games (
    game_id       VARCHAR(128) PRIMARY KEY,
    run_id        VARCHAR(128) NOT NULL,
    instance_id   VARCHAR(128),
    opponent      VARCHAR(128),
    map_name      VARCHAR(128),
    result        VARCHAR(32),
    first_loop    BIGINT NOT NULL,
    last_loop     BIGINT NOT NULL,
    event_count   BIGINT NOT NULL,
    first_seen_ms BIGINT NOT NULL,
    last_seen_ms  BIGINT NOT NULL
);
CREATE INDEX games_by_last_seen ON games (last_seen_ms);

CREATE TABLE log_lines (
    source   VARCHAR(128) NOT NULL,
    seq      BIGINT       NOT NULL,
    service  VARCHAR(64)  NOT NULL,
    level    VARCHAR(8)   NOT NULL,
    logger   VARCHAR(256) NOT NULL,
    message  TEXT         NOT NULL,
    error    TEXT,
    thread   VARCHAR(128),
    time_ms  BIGINT       NOT NULL,
    PRIMARY KEY (source, seq)
);
CREATE INDEX log_lines_by_time ON log_lines (time_ms);
