#include "domain/teammode/ServerAuditCheck.h"

#include "domain/workspace/Log.h"
#include "storage/admin/AuditChain.h"
#include "storage/postgres/ServerConnection.h"
#include "storage/teammode/ServerAuditChain.h"
#include "storage/teammode/ServerCredentials.h"

#include <QString>

namespace tessera::domain {
namespace {

bool sameUser(const std::string& a, const std::string& b) {
    return QString::fromStdString(a).compare(QString::fromStdString(b), Qt::CaseInsensitive) == 0;
}

} // namespace

Error serverConnectionError(const Error& error) {
    return makeError(error.code,
                     ServerAuditCheck::tr("%1. Check the address, that the server is running and "
                                          "that the user may connect; the database itself must "
                                          "exist (createdb).")
                         .arg(QString::fromStdString(error.message))
                         .toStdString());
}

Result<storage::AuditVerification> ServerAuditCheck::verify(const std::string& serverUri,
                                                            const std::string& username,
                                                            const std::string& password) {
    auto server = storage::ServerConnection::connect(serverUri);
    if (!server)
        return serverConnectionError(server.error());
    auto who = storage::readServerIdentity(**server);
    if (!who)
        return who.error();
    if (!*who)
        return makeError(ErrorCode::AuthenticationFailed,
                         tr("The server login %1 is not the role of an active Tessera user.")
                             .arg(QString::fromStdString((*server)->userName()))
                             .toStdString());
    const storage::ServerIdentity& me = **who;
    if (!sameUser(me.username, username) ||
        !storage::UserKeyring::verifyPassword(me.credentials.passwordHash, password))
        return makeError(ErrorCode::AuthenticationFailed,
                         tr("Unknown user name or wrong password for the server login %1.")
                             .arg(QString::fromStdString((*server)->userName()))
                             .toStdString());
    if (me.role != "administrator")
        return makeError(ErrorCode::PermissionDenied,
                         tr("Only administrators verify the audit log.").toStdString());
    auto dataKey = storage::UserKeyring::unlockDataKey(me.credentials, password);
    if (!dataKey)
        return dataKey.error();
    auto result = storage::verifyServerAuditChain(**server, storage::AuditChain::keyFrom(*dataKey));
    if (result)
        log::logger().info("server audit verify user={} rows={} intact={}", me.userId,
                           result->rowsChecked, result->intact);
    return result;
}

} // namespace tessera::domain
