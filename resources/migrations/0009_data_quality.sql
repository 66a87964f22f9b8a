-- Tessera schema, version 9: data quality and personal-information rights
-- (issue 14): keys for finding duplicates, merges that can be undone, the
-- codes merged customers leave behind, and the register of erasures.

-- A keyed hash of the normalised ID number, beside the phone and email
-- hashes, so duplicates are found without decrypting. The lookup keys are
-- (re)made with the data key by the first session that opens the file
-- (storage/customers/LookupKeys): `lookup_keys_version` says which
-- normalisation the stored hashes follow.
ALTER TABLE customers ADD COLUMN id_number_hash BLOB;
CREATE INDEX customers_id_number_hash ON customers (id_number_hash)
    WHERE id_number_hash IS NOT NULL;
-- The name reduced for comparison: full-width to half-width, case,
-- punctuation and company suffixes (有限公司, Co., Ltd., GmbH) removed.
ALTER TABLE customers ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
CREATE INDEX customers_name_key ON customers (name_key) WHERE name_key <> '';
INSERT OR REPLACE INTO settings (key, value) VALUES ('lookup_keys_version', '1');

-- A merge of one customer into another, with what undo puts back: both
-- customers' rows as they were and every moved or set-aside row.
-- AUTOINCREMENT: an undone merge's id is never given to a later merge, so
-- audit rows naming a merge id stay unambiguous.
CREATE TABLE customer_merges (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    into_id   INTEGER NOT NULL,
    from_id   INTEGER NOT NULL, -- the merged customer's id, no longer in customers
    from_code TEXT NOT NULL,
    merged_by INTEGER REFERENCES users (id),
    merged_at INTEGER NOT NULL,
    journal   BLOB NOT NULL
);

-- A merged customer's code keeps naming the customer it went into, so later
-- imports and commands that name it still resolve.
CREATE TABLE customer_aliases (
    code        TEXT PRIMARY KEY CHECK (length(code) BETWEEN 1 AND 64),
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    merge_id    INTEGER NOT NULL REFERENCES customer_merges (id)
);
CREATE INDEX customer_aliases_customer ON customer_aliases (customer_id);

-- Every erasure of a person's data: ids only, never the erased values, so
-- backups made before it can be listed as still holding the person.
CREATE TABLE erasures (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL,
    erased_by   INTEGER REFERENCES users (id),
    erased_at   INTEGER NOT NULL,
    reason      TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 500)
);
