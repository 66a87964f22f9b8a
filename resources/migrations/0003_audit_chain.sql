-- Tessera schema, version 3: a tamper-evident audit log. Each row carries a
-- keyed hash over its fields and the previous row's hash; the chain's head
-- (last id and a keyed hash of it) lives in settings, so removing rows at the
-- end is noticed too. Rows written before anyone signed in (refused logins)
-- wait with no hash until the next signed-in write seals them into the chain.
ALTER TABLE audit_log ADD COLUMN hash BLOB;
CREATE INDEX audit_log_unsealed ON audit_log (id) WHERE hash IS NULL;
