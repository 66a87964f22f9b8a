#include "storage/teammode/ServerAuditChain.h"

#include "storage/postgres/ServerConnection.h"
#include "storage/teammode/CopyText.h"

#include <charconv>

namespace tessera::storage {
namespace {

std::int64_t toInt64(const std::optional<std::string>& text) {
    std::int64_t value = 0;
    if (text)
        std::from_chars(text->data(), text->data() + text->size(), value);
    return value;
}

} // namespace

Result<AuditVerification> verifyServerAuditChain(ServerConnection& server,
                                                 const SecretKey& auditKey) {
    AuditChainCheck check(auditKey);
    // Streamed: the log grows by a row per audited action, for years.
    TESSERA_TRY(server.copyOut(
        "COPY (SELECT id, at, user_id, username, action, object_type, object_id, detail, "
        "outcome, hash FROM audit_log ORDER BY id) TO STDOUT",
        [&](std::string_view line) {
            auto f = splitCopyRow(line);
            f.resize(10);
            AuditRecord r;
            r.id = toInt64(f[0]);
            r.at = toInt64(f[1]);
            if (f[2])
                r.userId = toInt64(f[2]);
            r.username = f[3].value_or("");
            r.action = f[4].value_or("");
            r.objectType = f[5].value_or("");
            r.objectId = f[6].value_or("");
            r.detail = f[7].value_or("");
            r.outcome = f[8].value_or("");
            std::optional<Bytes> hash;
            if (f[9]) {
                const std::string bytes = decodeByteaHex(*f[9]);
                hash = Bytes(bytes.begin(), bytes.end());
            }
            check.row(r, hash);
        }));
    auto head = server.query("SELECT value FROM settings WHERE key = 'audit_head'");
    if (!head)
        return head.error();
    return check.finish(head->size() ? std::optional<std::string>(std::string(head->text(0, 0)))
                                     : std::nullopt);
}

} // namespace tessera::storage
