#include "domain/teammode/ServerCopyService.h"

#include "domain/teammode/ServerAuditCheck.h"
#include "domain/workspace/Log.h"
#include "storage/admin/AuditChain.h"
#include "storage/postgres/ServerConnection.h"
#include "storage/postgres/ServerMigrations.h"
#include "storage/postgres/ServerSchema.h"
#include "storage/sqlite/Database.h"
#include "storage/sqlite/Migrations.h"
#include "storage/teammode/BulkLoadWindow.h"
#include "storage/teammode/FileTables.h"
#include "storage/teammode/ServerAuditChain.h"
#include "storage/teammode/ServerRoles.h"
#include "storage/teammode/TableCopy.h"
#include "storage/teammode/TableDigest.h"

#include <QString>
#include <algorithm>
#include <chrono>

namespace tessera::domain {
namespace {

QString q(const std::string& text) {
    return QString::fromStdString(text);
}

std::int64_t msSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                                 start)
        .count();
}

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

} // namespace

bool ServerCopyReport::verified() const {
    return audit.intact &&
           std::all_of(tables.begin(), tables.end(), [](const TableCheck& t) { return t.equal(); });
}

Result<ServerCopyReport> ServerCopyService::copyTo(const std::string& serverUri,
                                                   const std::string& rolePrefix,
                                                   const JobControl& job) {
    auto report = copyAndCheck(serverUri, rolePrefix, job);
    if (!report)
        return report;
    // Recorded in the file once its read snapshot is over: where its data
    // went, and whether the copy checked out.
    TESSERA_TRY(m_ws.audit({"server.copy", "server", report->server,
                            std::to_string(report->rows) + " rows, " +
                                (report->verified() ? "verified" : "NOT verified")}));
    return report;
}

Result<ServerCopyReport> ServerCopyService::copyAndCheck(const std::string& serverUri,
                                                         const std::string& rolePrefix,
                                                         const JobControl& job) {
    TESSERA_TRY(m_ws.authorize(Action::ManageBackups, "server"));
    if (storage::latestServerSchemaVersion() != storage::latestSchemaVersion() ||
        m_ws.db().schemaVersion() != storage::latestSchemaVersion())
        return makeError(ErrorCode::Internal,
                         tr("This version of Tessera has no server schema for schema %1.")
                             .arg(m_ws.db().schemaVersion())
                             .toStdString());
    auto connected = storage::ServerConnection::connect(serverUri);
    if (!connected)
        return serverConnectionError(connected.error());
    storage::ServerConnection& server = **connected;
    ServerCopyReport report;
    report.server = server.displayName();
    const std::string prefix = rolePrefix.empty() ? server.databaseName() + "_" : rolePrefix;

    auto version = storage::serverSchemaVersion(server);
    if (!version)
        return version.error();
    if (*version > storage::latestServerSchemaVersion())
        return makeError(ErrorCode::NewerSchema,
                         tr("The database %1 was written by a newer version of Tessera (schema "
                            "%2; this version reads up to schema %3). Update Tessera to open it.")
                             .arg(q(report.server))
                             .arg(*version)
                             .arg(storage::latestServerSchemaVersion())
                             .toStdString());
    auto holds = storage::serverHoldsData(server);
    if (!holds)
        return holds.error();
    if (*holds)
        return makeError(ErrorCode::AlreadyExists,
                         tr("The server database %1 already holds a Tessera database; nothing was "
                            "copied. Copy into a new, empty database (createdb NAME).")
                             .arg(q(report.server))
                             .toStdString());

    const auto copyStart = std::chrono::steady_clock::now();
    // The file is read in one snapshot, so the copy and its check see the
    // same rows even if someone works in the file meanwhile.
    storage::ReadSnapshot snapshot(m_ws.db());
    TESSERA_TRY(snapshot.status());
    auto tables = storage::listFileTables(m_ws.db());
    if (!tables)
        return tables.error();
    auto tx = storage::ServerTransaction::begin(server);
    if (!tx)
        return tx.error();
    TESSERA_TRY(storage::migrateServerSchema(server));
    auto window = storage::BulkLoadWindow::open(server);
    if (!window)
        return window.error();
    for (std::size_t i = 0; i < tables->size(); ++i) {
        const auto& table = (*tables)[i];
        if (job.cancelled())
            return makeError(
                ErrorCode::Cancelled,
                tr("The copy was stopped; the server database is empty as before.").toStdString());
        const int percent = static_cast<int>(85 * i / tables->size());
        auto sent = storage::copyTableToServer(m_ws.db(), server, table, [&](std::int64_t rows) {
            job.report(percent,
                       tr("Copying %1: %L2 rows").arg(q(table.name)).arg(rows).toStdString());
            return !job.cancelled();
        });
        if (!sent) {
            if (sent.error().code == ErrorCode::Cancelled)
                return makeError(ErrorCode::Cancelled,
                                 tr("The copy was stopped; the server database is empty as "
                                    "before.")
                                     .toStdString());
            return makeError(sent.error().code,
                             tr("Table %1 could not be copied, so nothing was copied: %2")
                                 .arg(q(table.name), q(sent.error().message))
                                 .toStdString());
        }
        report.rows += *sent;
        auto handedOut = storage::fileSequence(m_ws.db(), table.name);
        if (!handedOut)
            return handedOut.error();
        TESSERA_TRY(storage::continueServerIds(server, table, *handedOut));
    }

    job.report(85, tr("Checking references and building indexes").toStdString());
    if (auto closed = window->close(); !closed)
        return makeError(closed.error().code,
                         tr("The file's rows do not fit the server's schema, so nothing was "
                            "copied: %1")
                             .arg(q(closed.error().message))
                             .toStdString());
    TESSERA_TRY(storage::closeServerToOthers(server));
    auto users = storage::serverUsers(server);
    if (!users)
        return users.error();
    for (const auto& user : *users) {
        const std::string roleName = prefix + lower(user.username);
        if (roleName.size() > kMaxRoleNameBytes)
            return makeError(ErrorCode::InvalidArgument,
                             tr("The login role %1 would be longer than PostgreSQL's %2 bytes; "
                                "choose a shorter --role-prefix.")
                                 .arg(q(roleName))
                                 .arg(kMaxRoleNameBytes)
                                 .toStdString());
        TESSERA_TRY(storage::grantServerLogin(server, user, roleName));
        report.logins.push_back({user.username, roleName});
    }
    TESSERA_TRY(tx->commit());
    report.copyMs = msSince(copyStart);

    const auto checkStart = std::chrono::steady_clock::now();
    job.report(90, tr("Checking the copy table by table").toStdString());
    for (const auto& table : *tables) {
        auto fileDigest = storage::fileTableDigest(m_ws.db(), table);
        if (!fileDigest)
            return fileDigest.error();
        auto serverDigest = storage::serverTableDigest(server, table);
        if (!serverDigest)
            return serverDigest.error();
        report.tables.push_back({table.name, fileDigest->rows, serverDigest->rows, fileDigest->hash,
                                 serverDigest->hash});
    }
    auto audit = storage::verifyServerAuditChain(
        server, storage::AuditChain::keyFrom(m_ws.session().dataKey));
    if (!audit)
        return audit.error();
    report.audit = *audit;
    report.checkMs = msSince(checkStart);
    log::logger().info("server copy user={} tables={} rows={} logins={} verified={} copy_ms={} "
                       "check_ms={} audit_intact={}",
                       m_ws.session().userId, report.tables.size(), report.rows,
                       report.logins.size(), report.verified(), report.copyMs, report.checkMs,
                       report.audit.intact);
    return report;
}

} // namespace tessera::domain
