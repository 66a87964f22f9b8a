-- Row-level security and privileges of resources/migrations/postgres/0010_team_schema.sql,
-- checked role by role. Run by a superuser (the test cluster's tessera_owner) on a
-- throw-away database holding the freshly applied, empty schema:
--
--   psql "$URI_OF_DB" -v ON_ERROR_STOP=1 -q -f tests/postgres/rls_smoke.sql
--
-- Every check prints "ok ..." or stops the script with "FAIL ...". The roles are
-- named <database>_<user> (roles are cluster-wide) and dropped at the end.
-- SET SESSION AUTHORIZATION changes session_user, the identity the policies read,
-- exactly as a login of that role does.

\set ON_ERROR_STOP on
SET client_min_messages = warning;

-- Checks -----------------------------------------------------------------------

CREATE SCHEMA smoke;
GRANT USAGE ON SCHEMA smoke TO PUBLIC;

CREATE FUNCTION smoke.expect(what text, got bigint, want bigint) RETURNS text
    LANGUAGE plpgsql AS $$
BEGIN
    IF got IS DISTINCT FROM want THEN
        RAISE EXCEPTION 'FAIL % (%): got %, want %', what, session_user, got, want;
    END IF;
    RETURN format('ok   %s (%s): %s', what, session_user, got);
END
$$;

-- The number of rows a statement changes.
CREATE FUNCTION smoke.changes(sql text) RETURNS bigint
    LANGUAGE plpgsql AS $$
DECLARE
    n bigint;
BEGIN
    EXECUTE sql;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END
$$;

-- A statement that must fail with a message containing `fragment`; its
-- effects are rolled back with the block.
CREATE FUNCTION smoke.refused(what text, sql text, fragment text) RETURNS text
    LANGUAGE plpgsql AS $$
BEGIN
    BEGIN
        EXECUTE sql;
    EXCEPTION WHEN OTHERS THEN
        IF position(fragment IN SQLERRM) = 0 THEN
            RAISE EXCEPTION 'FAIL % (%): refused with "%", want "%"', what, session_user,
                SQLERRM, fragment;
        END IF;
        RETURN format('ok   %s (%s): %s', what, session_user, SQLERRM);
    END;
    RAISE EXCEPTION 'FAIL % (%): not refused', what, session_user;
END
$$;

-- Roles ------------------------------------------------------------------------

SELECT current_database() || '_' AS p \gset
SELECT :'p' || 'admin' AS r_admin, :'p' || 'sup' AS r_sup, :'p' || 'am1' AS r_am1,
       :'p' || 'am2' AS r_am2, :'p' || 'am3' AS r_am3, :'p' || 'ana' AS r_ana,
       :'p' || 'gone' AS r_gone, :'p' || 'stranger' AS r_stranger \gset

DO $$
DECLARE
    u text;
BEGIN
    FOREACH u IN ARRAY ARRAY['admin', 'sup', 'am1', 'am2', 'am3', 'ana', 'gone', 'stranger'] LOOP
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_database() || '_' || u) THEN
            EXECUTE format('DROP OWNED BY %I', current_database() || '_' || u);
            EXECUTE format('DROP ROLE %I', current_database() || '_' || u);
        END IF;
        EXECUTE format('CREATE ROLE %I LOGIN', current_database() || '_' || u);
    END LOOP;
END
$$;

-- Data, written by the owner (no row-level security for it) ---------------------

INSERT INTO users (id, username, display_name, role, supervisor_id, password_hash, kek_salt,
                   public_key, secret_key_wrapped, data_key_sealed, active, created_at,
                   updated_at)
VALUES (1, 'admin', 'Admin', 'administrator', NULL, 'h1', '\x01', '\x01', '\x01', '\x01', 1, 0, 0),
       (2, 'sup', 'Sup', 'supervisor', NULL, 'h2', '\x02', '\x02', '\x02', '\x02', 1, 0, 0),
       (3, 'am1', 'Am One', 'account_manager', 2, 'h3', '\x03', '\x03', '\x03', '\x03', 1, 0, 0),
       (4, 'am2', 'Am Two', 'account_manager', 2, 'h4', '\x04', '\x04', '\x04', '\x04', 1, 0, 0),
       (5, 'am3', 'Am Three', 'account_manager', NULL, 'h5', '\x05', '\x05', '\x05', '\x05', 1,
        0, 0),
       (6, 'ana', 'Ana', 'analyst', NULL, 'h6', '\x06', '\x06', '\x06', '\x06', 1, 0, 0),
       (7, 'gone', 'Gone', 'account_manager', 2, 'h7', '\x07', '\x07', '\x07', '\x07', 0, 0, 0);

INSERT INTO server_roles (user_id, role_name)
VALUES (1, :'r_admin'), (2, :'r_sup'), (3, :'r_am1'), (4, :'r_am2'), (5, :'r_am3'),
       (6, :'r_ana'), (7, :'r_gone');

SELECT tessera_grant_role(:'r_admin', 'administrator'), tessera_grant_role(:'r_sup', 'supervisor'),
       tessera_grant_role(:'r_am1', 'account_manager'),
       tessera_grant_role(:'r_am2', 'account_manager'),
       tessera_grant_role(:'r_am3', 'account_manager'), tessera_grant_role(:'r_ana', 'analyst'),
       tessera_grant_role(:'r_gone', 'account_manager'),
       -- privileges, but no server_roles row: must see nothing
       tessera_grant_role(:'r_stranger', 'account_manager') \g /dev/null

-- 101, 102 am1; 103 am2; 104 am3 (no supervisor); 105 sup; 106 unassigned;
-- 107 a disabled account manager of sup's team. 101 and 103 share a phone hash.
INSERT INTO customers (id, code, name, owner_id, phone, phone_hash, created_at, updated_at)
VALUES (101, 'C101', 'Alpha', 3, '\xc1', '\x11', 0, 0), (102, 'C102', 'Beta', 3, NULL, NULL, 0, 0),
       (103, 'C103', 'Gamma', 4, NULL, '\x11', 0, 0), (104, 'C104', 'Delta', 5, NULL, NULL, 0, 0),
       (105, 'C105', 'Epsilon', 2, NULL, NULL, 0, 0), (106, 'C106', 'Zeta', NULL, NULL, NULL, 0, 0),
       (107, 'C107', 'Eta', 7, NULL, NULL, 0, 0);
INSERT INTO contacts (id, customer_id, name, phone) VALUES (1, 101, 'Li Lei', '\xc2'),
                                                          (2, 103, 'Han Mei', '\xc3');
INSERT INTO interactions (id, customer_id, at, day, channel, kind, direction, user_id, notes)
VALUES (1001, 101, 0, 0, 'phone', 'call', 'outbound', 3, '\xaa'),
       (1002, 101, 0, 0, 'phone', 'call', 'outbound', 2, '\xaa'),
       (1003, 102, 0, 0, 'phone', 'call', 'outbound', 3, NULL),
       (1004, 103, 0, 0, 'phone', 'call', 'outbound', 4, NULL),
       (1005, 104, 0, 0, 'phone', 'call', 'outbound', 5, NULL),
       (1006, 106, 0, 0, 'phone', 'call', 'outbound', 1, NULL);
INSERT INTO survey_responses (id, customer_id, day, nps) VALUES (501, 101, 0, 9), (502, 103, 0, 3);
INSERT INTO survey_answers (response_id, dimension, item, value)
VALUES (501, 1, 1, 5), (501, 1, 2, 4), (502, 1, 1, 2);
INSERT INTO search_keys (key, customer_id, name_start) VALUES ('alpha', 101, 'A'), ('gamma', 103, 'G');
INSERT INTO scoring_profiles (version, created_at, author_name, reason, body)
VALUES (1, 0, 'ana', 'first', '{}');
INSERT INTO scoring_runs (id, started_at, finished_at, user_id, as_of_day, profile_version,
                          customers, details)
VALUES (1, 0, 0, 6, 0, 1, 7, '{}');
INSERT INTO customer_scores (run_id, customer_id, frequency, monetary, social, score_r, score_f,
                             score_m, score_s, rfms, segment, cluster, weight_rule, tier_score,
                             tier)
SELECT 1, id, 1, 1, 0, 1, 1, 1, 1, 1, 'x', 0, 'equal', 1, 'Gold' FROM customers;
INSERT INTO journey_snapshots (id, name, period, customers, created_by, created_at)
VALUES (1, 'am1 saved', '2026-10', 2, 3, 0), (2, 'sup saved', '2026-10', 5, 2, 0);
INSERT INTO audit_log (id, at, user_id, username, action, hash)
VALUES (1, 0, 1, 'admin', 'login', '\x01'), (2, 0, 1, 'admin', 'login', '\x02'),
       (3, 0, NULL, 'nobody', 'login', NULL);
INSERT INTO settings (key, value) VALUES ('audit_head', '2:00'), ('time_zone', 'Asia/Shanghai');
-- Identities past the explicit ids above, as tessera-cli migrate leaves them.
DO $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT c.relname FROM pg_class c
               JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'id' AND a.attidentity <> ''
              WHERE c.relnamespace = 'public'::regnamespace
    LOOP
        EXECUTE format('SELECT setval(pg_get_serial_sequence(%L, ''id''), '
                       'coalesce((SELECT max(id) FROM %I), 0) + 1, false)', r.relname, r.relname);
    END LOOP;
END
$$;

-- Account manager am1: only their own portfolio ---------------------------------

SET SESSION AUTHORIZATION :'r_am1';
SELECT smoke.expect('am1 identity', tessera_user_id(), 3);
SELECT smoke.expect('customers: their 2', (SELECT count(*) FROM customers), 2);
SELECT smoke.expect('no customer of am2', (SELECT count(*) FROM customers WHERE id = 103), 0);
SELECT smoke.expect('interactions of their customers', (SELECT count(*) FROM interactions), 3);
SELECT smoke.expect('contacts of their customers', (SELECT count(*) FROM contacts), 1);
SELECT smoke.expect('survey answers through the response', (SELECT count(*) FROM survey_answers), 2);
SELECT smoke.expect('scores of their customers', (SELECT count(*) FROM customer_scores), 2);
SELECT smoke.expect('search keys of their customers', (SELECT count(*) FROM search_keys), 1);
SELECT smoke.expect('their journey snapshots', (SELECT count(*) FROM journey_snapshots), 1);
SELECT smoke.expect('UPDATE of am2''s customer',
                    smoke.changes('UPDATE customers SET name = ''x'' WHERE id = 103'), 0);
SELECT smoke.expect('DELETE of am2''s customer',
                    smoke.changes('DELETE FROM customers WHERE id = 103'), 0);
SELECT smoke.expect('UPDATE of their own customer',
                    smoke.changes('UPDATE customers SET name = ''Alpha'' WHERE id = 101'), 1);
SELECT smoke.refused('giving a customer to am2', 'UPDATE customers SET owner_id = 4 WHERE id = 101',
                     'violates row-level security');
SELECT smoke.refused('creating a customer for am2',
                     'INSERT INTO customers (code, name, owner_id, created_at, updated_at) '
                     'VALUES (''N1'', ''New'', 4, 0, 0)', 'violates row-level security');
SELECT smoke.expect('creating and discarding their own',
                    smoke.changes('INSERT INTO customers (code, name, owner_id, created_at, '
                                  'updated_at) VALUES (''N2'', ''New'', 3, 0, 0)')
                    + smoke.changes('DELETE FROM customers WHERE code = ''N2'''), 2);
SELECT smoke.refused('logging an interaction on am2''s customer',
                     'INSERT INTO interactions (customer_id, at, day, channel, kind, direction, '
                     'user_id) VALUES (103, 0, 0, ''phone'', ''call'', ''outbound'', 3)',
                     'violates row-level security');
SELECT smoke.expect('editing the supervisor''s entry on their customer',
                    smoke.changes('UPDATE interactions SET outcome = ''x'' WHERE id = 1002'), 0);
SELECT smoke.expect('editing their own entry',
                    smoke.changes('UPDATE interactions SET outcome = ''x'' WHERE id = 1001'), 1);
SELECT smoke.refused('other users'' password hashes', 'SELECT password_hash FROM users',
                     'permission denied');
SELECT smoke.expect('users'' public columns', (SELECT count(*) FROM (SELECT id, username, role
                                                                        FROM users) u), 7);
SELECT smoke.expect('their own keys', (SELECT id FROM tessera_my_keys()), 3);
SELECT smoke.refused('erasures', 'SELECT count(*) FROM erasures', 'permission denied');
SELECT smoke.refused('server_roles', 'SELECT count(*) FROM server_roles', 'permission denied');
SELECT smoke.expect('appending to the audit log',
                    smoke.changes('INSERT INTO audit_log (at, user_id, username, action) '
                                  'VALUES (0, 3, ''am1'', ''customer.read'')'), 1);
SELECT smoke.refused('an audit row in the administrator''s name',
                     'INSERT INTO audit_log (at, user_id, username, action) '
                     'VALUES (0, 1, ''admin'', ''user.manage'')', 'violates row-level security');
-- unsealed rows 3 and 4 and the newest sealed row 2: what sealing needs
SELECT smoke.expect('audit rows to seal and chain from', (SELECT count(*) FROM audit_log), 3);
SELECT smoke.refused('rewriting an audit row', 'UPDATE audit_log SET detail = ''x''',
                     'permission denied');
SELECT smoke.expect('sealing an unsealed row',
                    smoke.changes('UPDATE audit_log SET hash = ''\x03'' WHERE id = 3'), 1);
SELECT smoke.expect('re-hashing a sealed row',
                    smoke.changes('UPDATE audit_log SET hash = ''\x09'' WHERE id = 1'), 0);
SELECT smoke.expect('moving the audit head',
                    smoke.changes('UPDATE settings SET value = ''3:00'' WHERE key = ''audit_head'''),
                    1);
SELECT smoke.expect('changing another setting',
                    smoke.changes('UPDATE settings SET value = ''UTC'' WHERE key = ''time_zone'''),
                    0);
-- Impersonation through temporary tables that shadow server_roles and users
-- in the definer functions: pg_temp is last on their search_path.
CREATE TEMP TABLE server_roles (user_id bigint, role_name text);
INSERT INTO server_roles VALUES (1, session_user);
CREATE TEMP TABLE users (id bigint, role text, active bigint, supervisor_id bigint);
INSERT INTO users VALUES (1, 'administrator', 1, NULL);
SELECT smoke.expect('identity through temporary tables', tessera_user_id(), 3);
SELECT smoke.expect('customers through temporary tables', (SELECT count(*) FROM customers), 2);
DROP TABLE pg_temp.server_roles, pg_temp.users;
RESET SESSION AUTHORIZATION;

-- Supervisor: own and team's, reassigning within the team ------------------------

SET SESSION AUTHORIZATION :'r_sup';
SELECT smoke.expect('customers: own, am1, am2, disabled team member',
                    (SELECT count(*) FROM customers), 5);
SELECT smoke.expect('no unassigned customer', (SELECT count(*) FROM customers WHERE id = 106), 0);
SELECT smoke.expect('interactions of the team''s customers', (SELECT count(*) FROM interactions), 4);
SELECT smoke.expect('reassigning am1''s customer to am2',
                    smoke.changes('UPDATE customers SET owner_id = 4 WHERE id = 101'), 1);
SELECT smoke.expect('and back', smoke.changes('UPDATE customers SET owner_id = 3 WHERE id = 101'), 1);
SELECT smoke.refused('reassigning to am3 (another team)',
                     'UPDATE customers SET owner_id = 5 WHERE id = 101',
                     'violates row-level security');
SELECT smoke.expect('UPDATE of am3''s customer',
                    smoke.changes('UPDATE customers SET name = ''x'' WHERE id = 104'), 0);
SELECT smoke.expect('duplicates by phone within the team',
                    (SELECT count(*) FROM tessera_duplicate_groups('phone', 10, 0)), 2);
SELECT smoke.expect('their journey snapshots', (SELECT count(*) FROM journey_snapshots), 1);
RESET SESSION AUTHORIZATION;

SET SESSION AUTHORIZATION :'r_am3';
SELECT smoke.expect('customers: their 1', (SELECT count(*) FROM customers), 1);
SELECT smoke.expect('duplicates: none of theirs',
                    (SELECT count(*) FROM tessera_duplicate_groups('phone', 10, 0)), 0);
RESET SESSION AUTHORIZATION;

-- Analyst: every customer, no personal column, writes only scoring and imports ---

SET SESSION AUTHORIZATION :'r_ana';
SELECT smoke.expect('customers: all', (SELECT count(*) FROM customers), 7);
SELECT smoke.expect('non-personal columns', (SELECT count(*) FROM (SELECT id, name, owner_id
                                                                    FROM customers) c), 7);
SELECT smoke.refused('phones', 'SELECT phone FROM customers', 'permission denied');
SELECT smoke.refused('phone hashes', 'SELECT count(*) FROM customers WHERE phone_hash = ''\x11''',
                     'permission denied');
SELECT smoke.refused('SELECT *', 'SELECT * FROM customers', 'permission denied');
SELECT smoke.refused('contact names', 'SELECT name FROM contacts', 'permission denied');
SELECT smoke.refused('interaction notes', 'SELECT notes FROM interactions', 'permission denied');
SELECT smoke.expect('interactions: all, without notes', (SELECT count(id) FROM interactions), 6);
SELECT smoke.refused('search keys', 'SELECT count(*) FROM search_keys', 'permission denied');
SELECT smoke.refused('editing a customer', 'UPDATE customers SET name = ''x''',
                     'permission denied');
SELECT smoke.refused('deleting a customer', 'DELETE FROM customers WHERE id = 106',
                     'permission denied');
SELECT smoke.refused('logging an interaction',
                     'UPDATE interactions SET outcome = ''x'' WHERE id = 1001',
                     'permission denied');
SELECT smoke.expect('standing refresh after scoring',
                    smoke.changes('UPDATE customers SET health = 50, health_day = 1'), 7);
SELECT smoke.expect('a scoring run',
                    smoke.changes('INSERT INTO scoring_runs (started_at, finished_at, user_id, '
                                  'as_of_day, profile_version, customers, details) '
                                  'VALUES (0, 0, 6, 1, 1, 7, ''{}'')'), 1);
SELECT smoke.expect('duplicates by phone, values hidden',
                    (SELECT count(*) FROM tessera_duplicate_groups('phone', 10, 0)), 2);
SELECT smoke.expect('reachable customers (own phone or a contact''s)',
                    (SELECT count(*) FROM tessera_reachable_customers()), 2);
SELECT smoke.expect('all journey snapshots', (SELECT count(*) FROM journey_snapshots), 2);
SELECT smoke.expect('audit rows: only to seal and chain from', (SELECT count(*) FROM audit_log), 2);
RESET SESSION AUTHORIZATION;

-- Administrator: everything --------------------------------------------------------

SET SESSION AUTHORIZATION :'r_admin';
SELECT smoke.expect('customers: all', (SELECT count(*) FROM customers), 7);
SELECT smoke.expect('phones', (SELECT count(phone) FROM customers), 1);
SELECT smoke.expect('interactions: all', (SELECT count(*) FROM interactions), 6);
SELECT smoke.expect('the whole audit log', (SELECT count(*) FROM audit_log), 4);
SELECT smoke.refused('deleting audit rows', 'DELETE FROM audit_log', 'permission denied');
SELECT smoke.refused('rewriting audit rows', 'UPDATE audit_log SET detail = ''x''',
                     'permission denied');
SELECT smoke.expect('re-hashing the chain (key rotation)',
                    smoke.changes('UPDATE audit_log SET hash = hash'), 4);
SELECT smoke.expect('password hashes', (SELECT count(password_hash) FROM users), 7);
SELECT smoke.expect('erasures', (SELECT count(*) FROM erasures), 0);
SELECT smoke.expect('any setting',
                    smoke.changes('UPDATE settings SET value = ''UTC'' WHERE key = ''time_zone'''),
                    1);
RESET SESSION AUTHORIZATION;

-- Nobody: a disabled user and a role that is not mapped -------------------------------

SET SESSION AUTHORIZATION :'r_gone';
SELECT smoke.expect('disabled user: customers', (SELECT count(*) FROM customers), 0);
SELECT smoke.expect('disabled user: own keys', (SELECT count(*) FROM tessera_my_keys()), 0);
RESET SESSION AUTHORIZATION;

SET SESSION AUTHORIZATION :'r_stranger';
SELECT smoke.expect('unmapped role: identity', tessera_user_id(), NULL);
SELECT smoke.expect('unmapped role: customers', (SELECT count(*) FROM customers), 0);
SELECT smoke.expect('unmapped role: interactions', (SELECT count(*) FROM interactions), 0);
SELECT smoke.expect('unmapped role: audit log', (SELECT count(*) FROM audit_log), 0);
SELECT smoke.expect('unmapped role: UPDATE',
                    smoke.changes('UPDATE customers SET name = ''x'''), 0);
RESET SESSION AUTHORIZATION;

-- The owner is not filtered (no FORCE): migrate copies and checks as the owner.
SELECT smoke.expect('owner: customers', (SELECT count(*) FROM customers), 7);

-- A changed role: the grants are replaced, not added to ----------------------------

UPDATE users SET role = 'analyst', supervisor_id = NULL WHERE id = 4;
SELECT tessera_grant_role(:'r_am2', 'analyst') \g /dev/null
SET SESSION AUTHORIZATION :'r_am2';
SELECT smoke.expect('am2 as an analyst: customers', (SELECT count(*) FROM customers), 7);
SELECT smoke.refused('am2 as an analyst: phones', 'SELECT phone FROM customers',
                     'permission denied');
SELECT smoke.refused('am2 as an analyst: follow-ups', 'DELETE FROM follow_ups',
                     'permission denied');
RESET SESSION AUTHORIZATION;
SELECT smoke.refused('granting to a superuser (the owner here)',
                     format('SELECT tessera_grant_role(%L, ''administrator'')', current_user),
                     'bypasses row-level security');
SELECT smoke.refused('an unknown Tessera role',
                     format('SELECT tessera_grant_role(%L, ''root'')', :'r_am1'),
                     'unknown Tessera role');

-- Clean up -----------------------------------------------------------------------

DROP SCHEMA smoke CASCADE;
DO $$
DECLARE
    u text;
BEGIN
    FOREACH u IN ARRAY ARRAY['admin', 'sup', 'am1', 'am2', 'am3', 'ana', 'gone', 'stranger'] LOOP
        EXECUTE format('DROP OWNED BY %I', current_database() || '_' || u);
        EXECUTE format('DROP ROLE %I', current_database() || '_' || u);
    END LOOP;
END
$$;
