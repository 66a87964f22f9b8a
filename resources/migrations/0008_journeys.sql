-- Tessera schema, version 8: journey maps (issue 12). Stages and touchpoints
-- become editable (ordered, retired rather than deleted, so the interactions,
-- surveys and tickets that name them stay readable), and a map's figures can
-- be kept as a named snapshot.

-- Retired: the day-instant (ms) it left the journey; NULL while in use.
ALTER TABLE journey_stages ADD COLUMN retired_at INTEGER;
ALTER TABLE touchpoints ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
ALTER TABLE touchpoints ADD COLUMN retired_at INTEGER;
-- Touchpoints keep the order they were seeded in.
UPDATE touchpoints SET position = (SELECT COUNT(*) FROM touchpoints t
                                   WHERE t.stage_id = touchpoints.stage_id AND t.id <= touchpoints.id);

-- The map reads a period's interactions, survey responses and tickets by
-- day, never by customer, and only these columns.
CREATE INDEX interactions_day ON interactions (day, customer_id, at, touchpoint_id, kind);
CREATE INDEX survey_responses_touchpoint
    ON survey_responses (day, touchpoint_id, customer_id, csat, nps);
CREATE INDEX tickets_touchpoint ON tickets (opened_at, touchpoint_id, customer_id, first_response_at);

-- A map's figures for a period and a population, under a name.
CREATE TABLE journey_snapshots (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 80),
    period     TEXT NOT NULL,
    population TEXT NOT NULL DEFAULT '', -- "tier=Gold", "owner=am1", "" for everyone
    customers  INTEGER NOT NULL,         -- the population's size
    created_by INTEGER REFERENCES users (id),
    created_at INTEGER NOT NULL
);

-- One touchpoint's figures in a snapshot, by name: a later rename or
-- retirement does not change what was saved. NULL where the map shows
-- "unknown" (no responses, no tickets answered).
CREATE TABLE journey_snapshot_touchpoints (
    snapshot_id         INTEGER NOT NULL REFERENCES journey_snapshots (id) ON DELETE CASCADE,
    stage               TEXT NOT NULL,
    stage_position      INTEGER NOT NULL,
    touchpoint          TEXT NOT NULL,
    touchpoint_position INTEGER NOT NULL,
    volume              INTEGER NOT NULL,
    volume_share        REAL NOT NULL,
    reach               REAL,
    responses           INTEGER NOT NULL,
    satisfaction        REAL,
    nps                 REAL,
    complaints          INTEGER NOT NULL,
    complaint_rate      REAL,
    first_response_h    REAL,
    priority            REAL,
    priority_rank       INTEGER,
    PRIMARY KEY (snapshot_id, stage, touchpoint)
) WITHOUT ROWID;

-- The snapshot's most common paths: stage names, one per line (names hold
-- no line breaks).
CREATE TABLE journey_snapshot_paths (
    snapshot_id INTEGER NOT NULL REFERENCES journey_snapshots (id) ON DELETE CASCADE,
    rank        INTEGER NOT NULL,
    stages      TEXT NOT NULL,
    customers   INTEGER NOT NULL,
    churn_share REAL NOT NULL,
    PRIMARY KEY (snapshot_id, rank)
) WITHOUT ROWID;

-- A population is read from these, never from the customers' wide rows:
-- who owns a customer and how they stand now; a scoring run's tiers and
-- segments by value.
CREATE INDEX customers_standing ON customers (owner_id, lifecycle, health);
CREATE INDEX customer_scores_tier ON customer_scores (run_id, tier, segment);
