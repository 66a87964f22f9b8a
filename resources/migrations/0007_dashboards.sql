-- Tessera schema, version 7: the supervisor's dashboards (issue 11):
-- campaigns with the customers they target, KPI targets, and surveys entered
-- by hand. Every change adds; nothing stored is rewritten.

-- A campaign or relationship investment targets a tier, an RFM segment, an
-- owner's portfolio or a list of customer codes. Whatever the rule, the
-- customers it named when the campaign was saved are kept in
-- campaign_customers, so its ROI does not change when tiers are recomputed
-- or portfolios move later.
ALTER TABLE campaigns ADD COLUMN target_kind TEXT NOT NULL DEFAULT 'customers'
    CHECK (target_kind = 'tier' OR target_kind = 'segment' OR target_kind = 'owner'
           OR target_kind = 'customers');
ALTER TABLE campaigns ADD COLUMN target_value TEXT NOT NULL DEFAULT '';
ALTER TABLE campaigns ADD COLUMN created_by INTEGER REFERENCES users (id);
ALTER TABLE campaigns ADD COLUMN created_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE campaigns ADD COLUMN updated_at INTEGER NOT NULL DEFAULT 0;

CREATE TABLE campaign_customers (
    campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    PRIMARY KEY (campaign_id, customer_id)
) WITHOUT ROWID;

-- A target for one KPI in one period ("2026Q3", "2026-10", "2026").
CREATE TABLE kpi_targets (
    kpi     TEXT NOT NULL CHECK (length(kpi) BETWEEN 1 AND 40),
    period  TEXT NOT NULL CHECK (length(period) BETWEEN 4 AND 7),
    value   REAL NOT NULL,
    user_id INTEGER REFERENCES users (id),
    at      INTEGER NOT NULL,
    PRIMARY KEY (kpi, period)
) WITHOUT ROWID;

-- Surveys entered by hand: who entered them and when.
ALTER TABLE survey_responses ADD COLUMN created_by INTEGER REFERENCES users (id);
ALTER TABLE survey_responses ADD COLUMN created_at INTEGER;
CREATE INDEX survey_responses_day ON survey_responses (day);
CREATE INDEX tickets_opened ON tickets (opened_at);
