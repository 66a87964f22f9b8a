-- Tessera schema, version 6: the account manager's day (issue 10): consent
-- with its history, tickets with service levels, a customer's standing
-- (lifecycle, loyalty ladder, health) with hand overrides, and what users
-- did about warnings. Every change adds; nothing stored is rewritten, so the
-- migration takes milliseconds on a million customers.

-- Every change of a customer's consent: a channel given or withdrawn, or
-- "all" for unsubscribing and subscribing again. The customers row keeps the
-- current state (consent_channels, unsubscribed); this keeps how it came to be.
CREATE TABLE consent_events (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    channel     TEXT NOT NULL CHECK (length(channel) BETWEEN 1 AND 16),
    given       INTEGER NOT NULL CHECK (given = 0 OR given = 1),
    at          INTEGER NOT NULL,
    user_id     INTEGER REFERENCES users (id),
    source      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX consent_events_customer ON consent_events (customer_id, at);

-- Interactions logged by hand can be edited: when it last happened.
ALTER TABLE interactions ADD COLUMN updated_at INTEGER;

-- Tickets: the complaint interaction a ticket was opened from, who opened
-- it, and when it was last reopened. "responded" is first_response_at set.
ALTER TABLE tickets ADD COLUMN interaction_id INTEGER REFERENCES interactions (id);
ALTER TABLE tickets ADD COLUMN created_by INTEGER REFERENCES users (id);
ALTER TABLE tickets ADD COLUMN reopened_at INTEGER;
ALTER TABLE tickets ADD COLUMN import_id INTEGER; -- the imports row that loaded it
CREATE INDEX tickets_unresolved ON tickets (opened_at)
    WHERE status = 'open' OR status = 'assigned';

-- Tickets can be imported: the imports table learns the kind. SQLite cannot
-- change a CHECK constraint in place, so the (small) table is rebuilt with
-- the same ids; the activity rows refer to them by value only.
CREATE TABLE imports_v6 (
    id                INTEGER PRIMARY KEY,
    kind              TEXT NOT NULL
                      CHECK (kind IN ('customers', 'transactions', 'interactions', 'surveys', 'tickets')),
    file_name         TEXT NOT NULL,
    user_id           INTEGER REFERENCES users (id),
    started_at        INTEGER NOT NULL,
    finished_at       INTEGER NOT NULL,
    rows_read         INTEGER NOT NULL,
    rows_loaded       INTEGER NOT NULL,
    rows_rejected     INTEGER NOT NULL,
    customers_created INTEGER NOT NULL
);
INSERT INTO imports_v6 SELECT id, kind, file_name, user_id, started_at, finished_at, rows_read,
    rows_loaded, rows_rejected, customers_created FROM imports;
DROP TABLE imports;
ALTER TABLE imports_v6 RENAME TO imports;

-- The satisfaction check after a ticket is closed.
ALTER TABLE survey_responses ADD COLUMN ticket_id INTEGER REFERENCES tickets (id);

-- Follow-ups: who set one up and when.
ALTER TABLE follow_ups ADD COLUMN created_at INTEGER;
ALTER TABLE follow_ups ADD COLUMN created_by INTEGER REFERENCES users (id);

-- A customer's standing besides the lifecycle stage (customers.lifecycle):
-- the loyalty-ladder stage and the 0-100 health score (NULL until computed).
ALTER TABLE customers ADD COLUMN loyalty TEXT NOT NULL DEFAULT 'awareness'
    CHECK (loyalty = 'awareness' OR loyalty = 'evaluation' OR loyalty = 'commitment'
           OR loyalty = 'behaviour');
ALTER TABLE customers ADD COLUMN health INTEGER CHECK (health IS NULL OR health BETWEEN 0 AND 100);
-- The day the health score last changed: a low-health warning begins there.
ALTER TABLE customers ADD COLUMN health_day INTEGER;

-- A stage or score set by hand, with its reason, until a day; the computed
-- value applies again from that day.
CREATE TABLE standing_overrides (
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    aspect      TEXT NOT NULL CHECK (aspect = 'lifecycle' OR aspect = 'loyalty' OR aspect = 'health'),
    value       TEXT NOT NULL,
    reason      TEXT NOT NULL CHECK (length(reason) >= 1),
    until_day   INTEGER NOT NULL,
    user_id     INTEGER REFERENCES users (id),
    at          INTEGER NOT NULL,
    PRIMARY KEY (customer_id, aspect)
) WITHOUT ROWID;

-- Warnings are computed, not stored; what a user did about one is. A
-- warning is one customer, one kind and the day it began, so a warning that
-- ends and begins again later is a new one.
CREATE TABLE warning_states (
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    kind        TEXT NOT NULL,
    since_day   INTEGER NOT NULL,
    state       TEXT NOT NULL CHECK (state = 'acknowledged' OR state = 'snoozed' OR state = 'resolved'),
    until_day   INTEGER, -- snoozed: back in the open list on this day
    user_id     INTEGER REFERENCES users (id),
    at          INTEGER NOT NULL,
    PRIMARY KEY (customer_id, kind, since_day)
) WITHOUT ROWID;
