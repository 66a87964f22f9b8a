#include "storage/admin/AuditChainCheck.h"

#include <charconv>
#include <sodium.h>

namespace tessera::storage {
namespace {

constexpr std::size_t kHashBytes = 32;

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

} // namespace

Bytes auditRowHash(const AuditRecord& r, const Bytes& previous, const SecretKey& key) {
    KeyedHash hash(key);
    hash.add(std::string_view("tessera.audit.row.v1")).add(previous).add(r.id).add(r.at);
    hash.add(r.userId ? std::to_string(*r.userId) : std::string("-"));
    hash.add(r.username).add(r.action).add(r.objectType).add(r.objectId).add(r.detail);
    return hash.add(r.outcome).finish();
}

std::string auditHead(std::int64_t lastId, const Bytes& lastHash, const SecretKey& key) {
    const Bytes head = KeyedHash(key)
                           .add(std::string_view("tessera.audit.head.v1"))
                           .add(lastId)
                           .add(lastHash)
                           .finish();
    return std::to_string(lastId) + ":" + toHex(head);
}

void AuditChainCheck::fail(std::int64_t row, AuditBreak kind, std::string problem) {
    if (!m_result.intact)
        return;
    m_result.intact = false;
    m_result.kind = kind;
    m_result.brokenRow = row;
    m_result.problem = std::move(problem);
}

void AuditChainCheck::row(const AuditRecord& r, const std::optional<Bytes>& hash) {
    ++m_result.rowsChecked;
    if (r.id != m_previousId + 1)
        fail(m_previousId + 1, AuditBreak::MissingRow,
             "audit row " + std::to_string(m_previousId + 1) +
                 " is missing (the log jumps from row " + std::to_string(m_previousId) +
                 " to row " + std::to_string(r.id) + ")");
    m_previousId = r.id;
    if (!hash) {
        ++m_result.unsealedRows;
        return;
    }
    if (m_result.unsealedRows > 0)
        fail(r.id - 1, AuditBreak::LostHash,
             "audit row " + std::to_string(r.id - 1) + " has lost its hash inside the chain");
    if (*hash != auditRowHash(r, m_previous, m_key))
        fail(r.id, AuditBreak::Changed,
             "audit row " + std::to_string(r.id) +
                 " does not match its hash: it was changed, or a row was inserted "
                 "or removed just before it");
    m_previous = *hash;
    m_lastSealedId = r.id;
}

AuditVerification AuditChainCheck::finish(const std::optional<std::string>& head) {
    const std::string expected =
        m_lastSealedId == 0 ? std::string() : auditHead(m_lastSealedId, m_previous, m_key);
    if (head.value_or("") != expected) {
        std::int64_t headId = 0;
        if (const auto colon = head ? head->find(':') : std::string::npos;
            colon != std::string::npos)
            std::from_chars(head->data(), head->data() + colon, headId);
        if (headId > m_lastSealedId)
            fail(m_lastSealedId + 1, AuditBreak::RemovedAtEnd,
                 "audit rows from " + std::to_string(m_lastSealedId + 1) + " to " +
                     std::to_string(headId) + " were removed from the end of the log");
        else
            fail(m_lastSealedId, AuditBreak::HeadMismatch,
                 "the end of the audit chain does not match its signed head at row " +
                     std::to_string(m_lastSealedId));
    }
    return m_result;
}

} // namespace tessera::storage
