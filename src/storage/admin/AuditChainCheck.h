#pragma once

// The audit chain's hashes and its verification, apart from where the rows
// are read: the file's AuditChain and the server's copy (teammode) feed the
// same check row by row, so both are verified by one rule.

#include "storage/admin/AuditRepository.h"
#include "storage/security/FieldCipher.h"
#include "storage/security/SecretKey.h"

#include <cstdint>
#include <optional>
#include <string>

namespace tessera::storage {

// What broke the chain first, so the faces can say it in the user's language.
enum class AuditBreak {
    None,
    MissingRow,   // a row is missing inside the log
    LostHash,     // a sealed row lost its hash
    Changed,      // a row does not match its hash
    RemovedAtEnd, // rows were cut from the end
    HeadMismatch, // the signed head does not match the last row
};

struct AuditVerification {
    bool intact = true;
    AuditBreak kind = AuditBreak::None;
    std::int64_t rowsChecked = 0;
    std::int64_t unsealedRows = 0;         // written without a key, awaiting the next sealed write
    std::optional<std::int64_t> brokenRow; // the first row that does not verify
    std::string problem;                   // what is wrong with it, in English
};

// A row's hash: keyed BLAKE2b over its fields and the previous row's hash.
Bytes auditRowHash(const AuditRecord& record, const Bytes& previous, const SecretKey& key);
// The signed head ("id:hex"), kept in settings as audit_head, that marks the
// end of the chain so rows cut from the end are noticed.
std::string auditHead(std::int64_t lastId, const Bytes& lastHash, const SecretKey& key);

class AuditChainCheck {
public:
    explicit AuditChainCheck(const SecretKey& key) : m_key(key) {}

    // The rows in id order; `hash` nullopt for a row not sealed yet.
    void row(const AuditRecord& record, const std::optional<Bytes>& hash);
    // `head`: the audit_head setting, nullopt when there is none.
    AuditVerification finish(const std::optional<std::string>& head);

private:
    void fail(std::int64_t row, AuditBreak kind, std::string problem);

    const SecretKey& m_key;
    AuditVerification m_result;
    Bytes m_previous;
    std::int64_t m_previousId = 0;
    std::int64_t m_lastSealedId = 0;
};

} // namespace tessera::storage
