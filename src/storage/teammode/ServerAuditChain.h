#pragma once

// The audit chain as the server holds it, verified with the same check as
// the file's (admin/AuditChainCheck): rows in id order and the signed head
// from settings. Needs the audit key, so only a signed-in user can run it;
// the server alone cannot tell a rewritten row from a true one.

#include "common/Result.h"
#include "storage/admin/AuditChainCheck.h"

namespace tessera::storage {

class ServerConnection;

Result<AuditVerification> verifyServerAuditChain(ServerConnection& server,
                                                 const SecretKey& auditKey);

} // namespace tessera::storage
