#include "storage/admin/AuditChain.h"

#include "storage/admin/SettingsRepository.h"

#include <charconv>
#include <sodium.h>

namespace tessera::storage {
namespace {

constexpr std::size_t kHashBytes = 32;
constexpr const char* kHeadSetting = "audit_head";

class KeyedHash {
public:
    explicit KeyedHash(const SecretKey& key) {
        crypto_generichash_init(&m_state, key.data(), SecretKey::kSize, kHashBytes);
    }
    // Length-prefixed, so no two field lists hash alike.
    KeyedHash& add(std::string_view text) {
        const std::uint64_t length = text.size();
        crypto_generichash_update(&m_state, reinterpret_cast<const unsigned char*>(&length),
                                  sizeof length);
        crypto_generichash_update(&m_state, reinterpret_cast<const unsigned char*>(text.data()),
                                  text.size());
        return *this;
    }
    KeyedHash& add(std::int64_t number) { return add(std::to_string(number)); }
    KeyedHash& add(const Bytes& bytes) {
        return add(std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
    }
    Bytes finish() {
        Bytes out(kHashBytes);
        crypto_generichash_final(&m_state, out.data(), out.size());
        return out;
    }

private:
    crypto_generichash_state m_state{};
};

std::string toHex(const Bytes& bytes) {
    std::string hex(bytes.size() * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), bytes.data(), bytes.size());
    hex.pop_back();
    return hex;
}

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

Bytes AuditChain::rowHash(const AuditRecord& r, const Bytes& previous, const SecretKey& key) const {
    KeyedHash hash(key);
    hash.add(std::string_view("tessera.audit.row.v1")).add(previous).add(r.id).add(r.at);
    hash.add(r.userId ? std::to_string(*r.userId) : std::string("-"));
    hash.add(r.username).add(r.action).add(r.objectType).add(r.objectId).add(r.detail);
    return hash.add(r.outcome).finish();
}

Bytes AuditChain::headHash(std::int64_t lastId, const Bytes& lastHash, const SecretKey& key) const {
    return KeyedHash(key)
        .add(std::string_view("tessera.audit.head.v1"))
        .add(lastId)
        .add(lastHash)
        .finish();
}

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
    return SettingsRepository(m_db).set(kHeadSetting, std::to_string(lastId) + ":" +
                                                          toHex(headHash(lastId, lastHash, key)));
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
        lastHash = rowHash(row, lastHash, *m_key);
        lastId = row.id;
        update->reset();
        update->bindBlob(1, lastHash).bind(2, row.id);
        TESSERA_TRY(update->run());
    }
    return writeHead(lastId, lastHash, *m_key);
}

Result<std::int64_t> AuditChain::append(const AuditRecord& record) {
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
    AuditVerification result;
    auto stmt = m_db.prepare(std::string("SELECT ") + kRowColumns + " FROM audit_log ORDER BY id");
    if (!stmt)
        return stmt.error();
    Bytes previous;
    std::int64_t previousId = 0;
    std::int64_t lastSealedId = 0;
    Bytes lastSealedHash;
    const auto fail = [&](std::int64_t row, AuditBreak kind, std::string problem) {
        if (!result.intact)
            return;
        result.intact = false;
        result.kind = kind;
        result.brokenRow = row;
        result.problem = std::move(problem);
    };
    TESSERA_TRY(stmt->forEachRow([&](const Statement& s) {
        const AuditRecord row = readRecord(s);
        ++result.rowsChecked;
        if (row.id != previousId + 1)
            fail(previousId + 1, AuditBreak::MissingRow,
                 "audit row " + std::to_string(previousId + 1) +
                     " is missing (the log jumps from row " + std::to_string(previousId) +
                     " to row " + std::to_string(row.id) + ")");
        previousId = row.id;
        if (s.isNull(9)) {
            ++result.unsealedRows;
            return;
        }
        if (result.unsealedRows > 0)
            fail(row.id - 1, AuditBreak::LostHash,
                 "audit row " + std::to_string(row.id - 1) + " has lost its hash inside the chain");
        const Bytes stored = s.blob(9);
        if (stored != rowHash(row, previous, *m_key))
            fail(row.id, AuditBreak::Changed,
                 "audit row " + std::to_string(row.id) +
                     " does not match its hash: it was changed, or a row was inserted "
                     "or removed just before it");
        previous = stored;
        lastSealedId = row.id;
        lastSealedHash = stored;
    }));
    auto head = SettingsRepository(m_db).get(kHeadSetting);
    if (!head)
        return head.error();
    const std::string expected = lastSealedId == 0
                                     ? std::string()
                                     : std::to_string(lastSealedId) + ":" +
                                           toHex(headHash(lastSealedId, lastSealedHash, *m_key));
    if (head->value_or("") != expected) {
        std::int64_t headId = 0;
        if (head->has_value()) {
            const std::string& text = **head;
            std::from_chars(text.data(), text.data() + text.find(':'), headId);
        }
        if (headId > lastSealedId)
            fail(lastSealedId + 1, AuditBreak::RemovedAtEnd,
                 "audit rows from " + std::to_string(lastSealedId + 1) + " to " +
                     std::to_string(headId) + " were removed from the end of the log");
        else
            fail(lastSealedId, AuditBreak::HeadMismatch,
                 "the end of the audit chain does not match its signed head at row " +
                     std::to_string(lastSealedId));
    }
    return result;
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
        previous = rowHash(row, previous, newKey);
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
