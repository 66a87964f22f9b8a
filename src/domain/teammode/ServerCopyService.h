#pragma once

// Moving a Tessera file to a PostgreSQL server (issue 13 point 5,
// docs/team-mode.md): every table of the signed-in administrator's file,
// users, wrapped keys, audit chain and scoring history included, copied into
// an empty server database in one server transaction, a login role created
// per user, then checked table by table: row counts and content hashes of the
// file (in the snapshot that was copied) against the server's, and the audit
// chain as the server holds it verified under the administrator's key.

#include "common/Result.h"
#include "domain/workspace/JobControl.h"
#include "domain/workspace/Workspace.h"
#include "storage/admin/AuditChainCheck.h"

#include <QCoreApplication>
#include <cstdint>
#include <string>
#include <vector>

namespace tessera::domain {

struct TableCheck {
    std::string table;
    std::int64_t fileRows = 0;
    std::int64_t serverRows = 0;
    std::string fileHash;
    std::string serverHash;
    bool equal() const { return fileRows == serverRows && fileHash == serverHash; }
};

struct ServerLogin {
    std::string username;
    std::string roleName;
};

struct ServerCopyReport {
    std::string server; // the URI without its password
    std::vector<TableCheck> tables;
    std::vector<ServerLogin> logins;
    std::int64_t rows = 0;
    std::int64_t copyMs = 0;
    std::int64_t checkMs = 0;
    // The server's audit chain verified with the administrator's key.
    storage::AuditVerification audit;
    bool verified() const;
};

class ServerCopyService {
    Q_DECLARE_TR_FUNCTIONS(ServerCopyService)

public:
    explicit ServerCopyService(Workspace& ws) : m_ws(ws) {}

    // `rolePrefix` starts every login role's name (empty: the server
    // database's name and "_"), so two Tessera databases on one server keep
    // their users apart. Administrators only. Cancelling leaves the server
    // database as it was.
    Result<ServerCopyReport> copyTo(const std::string& serverUri, const std::string& rolePrefix,
                                    const JobControl& job = {});

    static constexpr std::size_t kMaxRoleNameBytes = 63; // PostgreSQL's NAMEDATALEN - 1

private:
    Result<ServerCopyReport> copyAndCheck(const std::string& serverUri,
                                          const std::string& rolePrefix, const JobControl& job);

    Workspace& m_ws;
};

} // namespace tessera::domain
