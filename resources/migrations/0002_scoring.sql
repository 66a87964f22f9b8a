-- Tessera schema, version 2: scoring profiles, scoring runs and each
-- customer's scores per run (scoring.md).

-- Every saved profile is a new version; old versions stay readable.
CREATE TABLE scoring_profiles (
    version     INTEGER PRIMARY KEY,
    created_at  INTEGER NOT NULL,
    author_id   INTEGER REFERENCES users (id),
    author_name TEXT NOT NULL,
    reason      TEXT NOT NULL,
    body        TEXT NOT NULL -- JSON: every setting of the profile
);

CREATE TABLE scoring_runs (
    id              INTEGER PRIMARY KEY,
    started_at      INTEGER NOT NULL,
    finished_at     INTEGER NOT NULL,
    user_id         INTEGER REFERENCES users (id),
    as_of_day       INTEGER NOT NULL,
    window_days     INTEGER,          -- NULL: all history
    profile_version INTEGER NOT NULL REFERENCES scoring_profiles (version),
    customers       INTEGER NOT NULL,
    details         TEXT NOT NULL     -- JSON: standardisation, centroids, weights, cut-offs, model fits
);

-- Clustered by run: a run is written and read as one contiguous range. A
-- customer's history probes each run's key, so no second index slows the
-- writing of a run.
CREATE TABLE customer_scores (
    run_id             INTEGER NOT NULL REFERENCES scoring_runs (id) ON DELETE CASCADE,
    customer_id        INTEGER NOT NULL REFERENCES customers (id),
    recency_days       INTEGER,       -- NULL: no purchase in the window
    frequency          INTEGER NOT NULL,
    monetary           REAL NOT NULL,
    social             REAL NOT NULL,
    score_r            INTEGER NOT NULL,
    score_f            INTEGER NOT NULL,
    score_m            INTEGER NOT NULL,
    score_s            INTEGER NOT NULL,
    rfms               REAL NOT NULL,
    segment            TEXT NOT NULL,
    cluster            INTEGER NOT NULL,
    q1                 REAL,
    q2                 REAL,
    q3                 REAL,
    q4                 REAL,
    q5                 REAL,
    y                  REAL,
    crmv               REAL,
    weight_rule        TEXT NOT NULL,
    tier_score         REAL NOT NULL,
    tier               TEXT NOT NULL,
    p_alive            REAL,
    expected_purchases REAL,
    expected_value     REAL,
    clv                REAL,
    PRIMARY KEY (run_id, customer_id)
) WITHOUT ROWID;
