-- Tessera schema, version 10: search by pinyin and by two-character Chinese
-- words (issue 15).

-- Keys computed from customers' names (storage/customers/SearchKeys): the
-- full pinyin ("zhangwei") and the initials ("zw"), looked up by prefix,
-- and every two adjacent Han characters ("科技"), looked up whole. The key
-- comes first, so both lookups are ranges of the primary key. name_start,
-- the name's first character, tells the lowest name a lookup can match
-- without reading the customers: a first page by name starts walking the
-- name index there (storage/customers/CustomerRepository). The keys are
-- made by the first sign-in that opens the file (storage/customers/
-- SearchKeyIndex): `search_keys_version` says which rules the stored keys
-- follow, and 0 that there are none yet.
CREATE TABLE search_keys (
    key         TEXT NOT NULL,
    customer_id INTEGER NOT NULL,
    name_start  TEXT NOT NULL,
    PRIMARY KEY (key, customer_id)
) WITHOUT ROWID;
INSERT OR REPLACE INTO settings (key, value) VALUES ('search_keys_version', '0');
