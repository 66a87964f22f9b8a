-- Tessera schema, version 1: everything product.md "What it holds" names.
-- Conventions: days are INTEGER days since 1970-01-01 in the database's time
-- zone; instants are INTEGER milliseconds since the Unix epoch (UTC); money is
-- INTEGER cents; personal data (phone, email, ID number, address, free text)
-- is stored as AES-256-GCM ciphertext BLOBs, with keyed hashes where exact
-- lookup is needed.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE users (
    id                 INTEGER PRIMARY KEY,
    username           TEXT NOT NULL UNIQUE COLLATE NOCASE
                       CHECK (length(username) BETWEEN 1 AND 64),
    display_name       TEXT NOT NULL,
    role               TEXT NOT NULL
                       CHECK (role IN ('account_manager', 'supervisor', 'analyst', 'administrator')),
    supervisor_id      INTEGER REFERENCES users (id),
    password_hash      TEXT NOT NULL,
    kek_salt           BLOB NOT NULL,
    public_key         BLOB NOT NULL,
    secret_key_wrapped BLOB NOT NULL,
    data_key_sealed    BLOB NOT NULL,
    active             INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at         INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL
);
CREATE INDEX users_supervisor ON users (supervisor_id);

CREATE TABLE customers (
    id                INTEGER PRIMARY KEY,
    code              TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 64),
    name              TEXT NOT NULL CHECK (length(name) >= 1),
    kind              TEXT NOT NULL DEFAULT 'company' CHECK (kind IN ('company', 'person')),
    industry          TEXT NOT NULL DEFAULT '',
    region            TEXT NOT NULL DEFAULT '',
    channel           TEXT NOT NULL DEFAULT '',
    owner_id          INTEGER REFERENCES users (id),
    lifecycle         TEXT NOT NULL DEFAULT 'potential'
                      CHECK (lifecycle IN ('potential', 'new', 'growing', 'mature', 'declining', 'churned')),
    risk              TEXT NOT NULL DEFAULT 'low' CHECK (risk IN ('low', 'medium', 'high')),
    consent_channels  TEXT NOT NULL DEFAULT '',
    contact_frequency TEXT NOT NULL DEFAULT 'monthly'
                      CHECK (contact_frequency IN ('weekly', 'monthly', 'quarterly', 'yearly', 'never')),
    unsubscribed      INTEGER NOT NULL DEFAULT 0 CHECK (unsubscribed IN (0, 1)),
    phone             BLOB,
    email             BLOB,
    id_number         BLOB,
    address           BLOB,
    notes             BLOB,
    phone_hash        BLOB,
    email_hash        BLOB,
    archived          INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL,
    version           INTEGER NOT NULL DEFAULT 1
);
-- Covers the default portfolio list (by name, not archived, visible owners),
-- so a million customers list from the index alone.
CREATE INDEX customers_name ON customers (name COLLATE NOCASE, id, archived, owner_id);
CREATE INDEX customers_owner ON customers (owner_id, name COLLATE NOCASE);
CREATE INDEX customers_lifecycle ON customers (lifecycle);
CREATE INDEX customers_phone_hash ON customers (phone_hash) WHERE phone_hash IS NOT NULL;
CREATE INDEX customers_email_hash ON customers (email_hash) WHERE email_hash IS NOT NULL;

CREATE TABLE customer_tags (
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    tag         TEXT NOT NULL CHECK (length(tag) BETWEEN 1 AND 64),
    PRIMARY KEY (customer_id, tag)
) WITHOUT ROWID;
CREATE INDEX customer_tags_tag ON customer_tags (tag, customer_id);

CREATE TABLE contacts (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    name        TEXT NOT NULL CHECK (length(name) >= 1),
    role        TEXT NOT NULL DEFAULT '',
    phone       BLOB,
    email       BLOB,
    phone_hash  BLOB,
    email_hash  BLOB,
    is_primary  INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1))
);
CREATE INDEX contacts_customer ON contacts (customer_id);
CREATE INDEX contacts_name ON contacts (name COLLATE NOCASE);
CREATE INDEX contacts_phone_hash ON contacts (phone_hash) WHERE phone_hash IS NOT NULL;
CREATE INDEX contacts_email_hash ON contacts (email_hash) WHERE email_hash IS NOT NULL;

-- Substring search over name, code and contact names (trigram index, so it
-- works for Chinese and Latin text alike; rowid = customer id). The storage
-- layer keeps it in step in the same statements that write customers and
-- contacts: FTS5 behind a trigger flushes on every statement savepoint, which
-- made bulk loads ten times slower.
CREATE VIRTUAL TABLE customer_search USING fts5 (name, code, contacts, tokenize = 'trigram');

CREATE TABLE imports (
    id                INTEGER PRIMARY KEY,
    kind              TEXT NOT NULL
                      CHECK (kind IN ('customers', 'transactions', 'interactions', 'surveys')),
    file_name         TEXT NOT NULL,
    user_id           INTEGER REFERENCES users (id),
    started_at        INTEGER NOT NULL,
    finished_at       INTEGER NOT NULL,
    rows_read         INTEGER NOT NULL,
    rows_loaded       INTEGER NOT NULL,
    rows_rejected     INTEGER NOT NULL,
    customers_created INTEGER NOT NULL
);

-- Clustered by customer and day: the customer timeline and the scoring run read
-- a customer's transactions as one contiguous range; ids come from the
-- 'next_transaction_id' setting.
CREATE TABLE transactions (
    customer_id  INTEGER NOT NULL REFERENCES customers (id),
    day          INTEGER NOT NULL,
    id           INTEGER NOT NULL,
    amount_cents INTEGER NOT NULL,
    quantity     INTEGER NOT NULL DEFAULT 1,
    reference    TEXT,
    import_id    INTEGER, -- the imports row that loaded it; not a foreign key,
                         -- whose check would cost a lookup per bulk-loaded row
    PRIMARY KEY (customer_id, day, id)
) WITHOUT ROWID;

CREATE TABLE journey_stages (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE,
    position INTEGER NOT NULL
);

CREATE TABLE touchpoints (
    id       INTEGER PRIMARY KEY,
    stage_id INTEGER NOT NULL REFERENCES journey_stages (id),
    name     TEXT NOT NULL,
    channel  TEXT NOT NULL DEFAULT '',
    UNIQUE (stage_id, name)
);

CREATE TABLE interactions (
    id            INTEGER PRIMARY KEY,
    customer_id   INTEGER NOT NULL REFERENCES customers (id),
    at            INTEGER NOT NULL,
    day           INTEGER NOT NULL,
    channel       TEXT NOT NULL
                  CHECK (channel IN ('phone', 'email', 'visit', 'wechat', 'app', 'social', 'web', 'other')),
    kind          TEXT NOT NULL
                  CHECK (kind IN ('call', 'meeting', 'email', 'message', 'complaint', 'referral',
                                  'review', 'share', 'comment', 'visit', 'other')),
    direction     TEXT NOT NULL CHECK (direction IN ('inbound', 'outbound')),
    outcome       TEXT NOT NULL DEFAULT '',
    touchpoint_id INTEGER REFERENCES touchpoints (id),
    user_id       INTEGER REFERENCES users (id),
    notes         BLOB,
    import_id     INTEGER -- the imports row that loaded it (see transactions)
);
CREATE INDEX interactions_customer ON interactions (customer_id, day);

CREATE TABLE survey_responses (
    id            INTEGER PRIMARY KEY,
    customer_id   INTEGER NOT NULL REFERENCES customers (id),
    day           INTEGER NOT NULL,
    nps           INTEGER CHECK (nps BETWEEN 0 AND 10),
    csat          INTEGER CHECK (csat BETWEEN 1 AND 5),
    ces           INTEGER CHECK (ces BETWEEN 1 AND 7),
    touchpoint_id INTEGER REFERENCES touchpoints (id),
    comment       BLOB,
    import_id     INTEGER -- the imports row that loaded it (see transactions)
);
CREATE INDEX survey_responses_customer ON survey_responses (customer_id, day);

-- One row per answered item: dimension 1..5 (personalised service, emotional
-- connection, protection of rights, perceived value, ease of interaction).
CREATE TABLE survey_answers (
    response_id INTEGER NOT NULL REFERENCES survey_responses (id) ON DELETE CASCADE,
    dimension   INTEGER NOT NULL CHECK (dimension BETWEEN 1 AND 5),
    item        INTEGER NOT NULL CHECK (item BETWEEN 1 AND 9),
    value       INTEGER NOT NULL CHECK (value >= 1),
    PRIMARY KEY (response_id, dimension, item)
) WITHOUT ROWID;

CREATE TABLE tickets (
    id                INTEGER PRIMARY KEY,
    customer_id       INTEGER NOT NULL REFERENCES customers (id),
    opened_at         INTEGER NOT NULL,
    category          TEXT NOT NULL,
    is_complaint      INTEGER NOT NULL DEFAULT 0 CHECK (is_complaint IN (0, 1)),
    escalation        TEXT NOT NULL DEFAULT '72h' CHECK (escalation IN ('immediate', '24h', '72h')),
    status            TEXT NOT NULL DEFAULT 'open'
                      CHECK (status IN ('open', 'assigned', 'resolved', 'closed')),
    assignee_id       INTEGER REFERENCES users (id),
    subject           TEXT NOT NULL,
    description       BLOB,
    touchpoint_id     INTEGER REFERENCES touchpoints (id),
    first_response_at INTEGER,
    resolved_at       INTEGER,
    closed_at         INTEGER
);
CREATE INDEX tickets_customer ON tickets (customer_id, opened_at);
CREATE INDEX tickets_status ON tickets (status);

CREATE TABLE campaigns (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL,
    kind           TEXT NOT NULL DEFAULT 'campaign' CHECK (kind IN ('campaign', 'investment')),
    cost_cents     INTEGER NOT NULL CHECK (cost_cents >= 0),
    start_day      INTEGER NOT NULL,
    end_day        INTEGER NOT NULL,
    target_segment TEXT NOT NULL DEFAULT '',
    description    TEXT NOT NULL DEFAULT '',
    CHECK (end_day >= start_day)
);

CREATE TABLE follow_ups (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    owner_id    INTEGER REFERENCES users (id),
    due_day     INTEGER NOT NULL,
    done_at     INTEGER,
    note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX follow_ups_owner ON follow_ups (owner_id, due_day) WHERE done_at IS NULL;
CREATE INDEX follow_ups_customer ON follow_ups (customer_id);

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          INTEGER NOT NULL,
    user_id     INTEGER,
    username    TEXT NOT NULL,
    action      TEXT NOT NULL,
    object_type TEXT NOT NULL DEFAULT '',
    object_id   TEXT NOT NULL DEFAULT '',
    detail      TEXT NOT NULL DEFAULT '',
    outcome     TEXT NOT NULL DEFAULT 'ok' CHECK (outcome IN ('ok', 'refused', 'failed'))
);
CREATE INDEX audit_log_user ON audit_log (user_id, at);
CREATE INDEX audit_log_object ON audit_log (object_type, object_id);
