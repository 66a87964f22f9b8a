#pragma once

// `tessera-cli audit --verify` against a server (issue 13 point 3): an
// administrator connects with their own login role, signs in with their
// Tessera password (checked against the hash the server holds for them, and
// opening their data key), and the audit chain as the server holds it is
// verified with the same check as a file's.

#include "common/Result.h"
#include "storage/admin/AuditChainCheck.h"

#include <QCoreApplication>
#include <string>

namespace tessera::domain {

class ServerAuditCheck {
    Q_DECLARE_TR_FUNCTIONS(ServerAuditCheck)

public:
    static Result<storage::AuditVerification>
    verify(const std::string& serverUri, const std::string& username, const std::string& password);
};

// A connection error in words a user can act on (shared by the team mode
// services).
Error serverConnectionError(const Error& error);

} // namespace tessera::domain
