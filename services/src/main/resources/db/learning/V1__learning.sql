-- The same script runs on SQLite and PostgreSQL: only types and syntax both accept.

-- Every game result as received, once per (run_id, game_id), with where it was booked.
CREATE TABLE training_results (
    run_id               VARCHAR(128)     NOT NULL,
    game_id              VARCHAR(128)     NOT NULL,
    instance_id          VARCHAR(128),
    game_result          VARCHAR(16)      NOT NULL,
    game_time            DOUBLE PRECISION NOT NULL,
    build_order_score    DOUBLE PRECISION NOT NULL,
    loss_reason          TEXT             NOT NULL,
    parameters_updated   INTEGER          NOT NULL,
    parameters           TEXT             NOT NULL,
    model_version        VARCHAR(300)     NOT NULL,
    build_order          VARCHAR(64),
    opponent             TEXT,
    opponent_race        VARCHAR(16),
    opponent_difficulty  VARCHAR(16),
    opponent_id          VARCHAR(128),
    map_name             TEXT,
    killed_value         DOUBLE PRECISION,
    lost_value           DOUBLE PRECISION,
    state_key            VARCHAR(160)     NOT NULL,
    record_status        VARCHAR(32)      NOT NULL,
    candidate_id         VARCHAR(32),
    generation           INTEGER,
    completed_generation INTEGER,
    received_ms          BIGINT           NOT NULL,
    PRIMARY KEY (run_id, game_id)
);
CREATE INDEX training_results_by_state ON training_results (state_key, record_status);

-- One optimiser state per key ('global', 'opponent:<id>'), as OptimiserJson writes it. revision grows by one with
-- every write: a writer updates only the revision it read, so two processes never overwrite each other's result.
CREATE TABLE optimiser_states (
    state_key  VARCHAR(160) PRIMARY KEY,
    revision   BIGINT       NOT NULL,
    state_json TEXT         NOT NULL,
    updated_ms BIGINT       NOT NULL
);
