#include "storage/admin/AuditChain.h"

#include "storage/admin/SettingsRepository.h"
#include "storage/postgres/ServerConnection.h"

namespace tessera::storage {
namespace {

constexpr const char* kHeadSetting = "audit_head";

// On a team server, writers append and seal one at a time: the rows are
// chained in id order, and a row given its id by one writer must not be
// sealed after a later row of another. A transaction-scoped advisory lock
// (held until the writer's transaction ends) orders them; a file needs none,
// SQLite has one writer at a time.
constexpr std::int64_t kAuditAppendLock = 0x7e55e7a;

AuditRecord readRecord(const Statement& s) {
    AuditRecord r;
    r.id = s.int64(0);
    r.at = s.int64(1);
    r.userId = s.optionalInt64(2);
    r.username = s.text(3);
    r.action = s.text(4);
    r.objectType = s.text(5);
    r.objectId = s.text(6);
    r.detail = s.text(7);
    r.outcome = s.text(8);
    return r;
}

constexpr const char* kRowColumns =
    "id, at, user_id, username, action, object_type, object_id, detail, outcome, hash";

} // namespace

Result<std::pair<std::int64_t, Bytes>> AuditChain::lastSealed() {
    auto stmt = m_db.prepare("SELECT id, hash FROM audit_log WHERE hash IS NOT NULL "
                             "ORDER BY id DESC LIMIT 1");
    if (!stmt)
        return stmt.error();
    auto row = stmt->first([](const Statement& s) { return std::pair(s.int64(0), s.blob(1)); });
    if (!row)
        return row.error();
    return row->value_or(std::pair<std::int64_t, Bytes>{0, Bytes{}});
}

Status AuditChain::writeHead(std::int64_t lastId, const Bytes& lastHash, const SecretKey& key) {
    return SettingsRepository(m_db).set(kHeadSetting, auditHead(lastId, lastHash, key));
}

Status AuditChain::sealPending() {
    auto last = lastSealed();
    if (!last)
        return last.error();
    auto [lastId, lastHash] = *last;
    // Only rows after the sealed chain: a hash removed in the middle of the
    // chain stays missing, for verification to report.
    auto pending = m_db.prepare(std::string("SELECT ") + kRowColumns +
                                " FROM audit_log WHERE hash IS NULL AND id > ? ORDER BY id");
    if (!pending)
        return pending.error();
    pending->bind(1, lastId);
    auto rows = pending->collect(readRecord);
    if (!rows)
        return rows.error();
    if (rows->empty())
        return {};
    auto update = m_db.prepare("UPDATE audit_log SET hash = ? WHERE id = ?");
    if (!update)
        return update.error();
    for (const AuditRecord& row : *rows) {
        lastHash = auditRowHash(row, lastHash, *m_key);
        lastId = row.id;
        update->reset();
        update->bindBlob(1, lastHash).bind(2, row.id);
        TESSERA_TRY(update->run());
    }
    return writeHead(lastId, lastHash, *m_key);
}

Result<std::int64_t> AuditChain::append(const AuditRecord& record) {
    if (ServerConnection* server = m_db.server(); server && !server->inTransaction()) {
        auto tx = ServerTransaction::begin(*server);
        if (!tx)
            return tx.error();
        auto id = appendLocked(record);
        if (!id)
            return id;
        TESSERA_TRY(tx->commit());
        return id;
    }
    return appendLocked(record);
}

Result<std::int64_t> AuditChain::appendLocked(const AuditRecord& record) {
    if (m_db.isServer())
        TESSERA_TRY(
            m_db.exec("SELECT pg_advisory_xact_lock(" + std::to_string(kAuditAppendLock) + ")"));
    auto id = AuditRepository(m_db).append(record);
    if (!id)
        return id.error();
    if (m_key)
        TESSERA_TRY(sealPending());
    return id;
}

Result<AuditVerification> AuditChain::verify() {
    if (!m_key)
        return makeError(ErrorCode::AuthenticationFailed,
                         "verifying the audit log needs a signed-in user");
    auto stmt = m_db.prepare(std::string("SELECT ") + kRowColumns + " FROM audit_log ORDER BY id");
    if (!stmt)
        return stmt.error();
    AuditChainCheck check(*m_key);
    TESSERA_TRY(stmt->forEachRow([&](const Statement& s) {
        check.row(readRecord(s), s.isNull(9) ? std::nullopt : std::optional<Bytes>(s.blob(9)));
    }));
    auto head = SettingsRepository(m_db).get(kHeadSetting);
    if (!head)
        return head.error();
    return check.finish(*head);
}

Status AuditChain::rekey(const SecretKey& newKey) {
    auto checked = verify();
    if (!checked)
        return checked.error();
    if (!checked->intact)
        return makeError(ErrorCode::Corrupt, "the audit log does not verify (" + checked->problem +
                                                 "); it is not re-keyed");
    auto stmt = m_db.prepare(std::string("SELECT ") + kRowColumns +
                             " FROM audit_log WHERE hash IS NOT NULL ORDER BY id");
    if (!stmt)
        return stmt.error();
    auto rows = stmt->collect(readRecord);
    if (!rows)
        return rows.error();
    auto update = m_db.prepare("UPDATE audit_log SET hash = ? WHERE id = ?");
    if (!update)
        return update.error();
    Bytes previous;
    for (const AuditRecord& row : *rows) {
        previous = auditRowHash(row, previous, newKey);
        update->reset();
        update->bindBlob(1, previous).bind(2, row.id);
        TESSERA_TRY(update->run());
    }
    m_key = newKey;
    if (!rows->empty())
        TESSERA_TRY(writeHead(rows->back().id, previous, newKey));
    return sealPending();
}

} // namespace tessera::storage
