// tessera-cli migrate: moving a database file to a PostgreSQL server for team
// mode (docs/team-mode.md). Copies every table into an empty server database,
// creates a login role per user and prints, table by table, the row counts
// and content hashes of the file and the server; exits non-zero unless every
// table matches.

#include "cli/Command.h"
#include "cli/TerminalProgress.h"
#include "domain/teammode/ServerCopyService.h"
#include "domain/workspace/AuditService.h"

#include <QJsonArray>

namespace tessera::cli {
namespace {

class MigrateCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(MigrateCommand)

public:
    const char* name() const override { return "migrate"; }

    void configure(CLI::App& command) override {
        command.description(tr("Copy a database file to an empty PostgreSQL database for team "
                               "mode, with a login role per user, and check every table "
                               "(administrators).")
                                .toStdString());
        command.add_option("--from", m_from, tr("The database file (default: --db)").toStdString())
            ->option_text("FILE");
        command
            .add_option("--to", m_to,
                        tr("The server database: postgresql://[user@]host[:port]/dbname; the "
                           "user needs the right to create roles")
                            .toStdString())
            ->option_text("URI")
            ->required();
        command
            .add_option("--role-prefix", m_rolePrefix,
                        tr("Start of every user's login role name (default: the database name "
                           "and _)")
                            .toStdString())
            ->option_text("TEXT");
    }

    bool needsDatabase() const override { return m_from.empty(); }

    int run(const Context& context) override {
        const Output& out = context.out();
        GlobalOptions source = context.global();
        if (!m_from.empty())
            source.db = m_from;
        if (source.db.empty())
            return out.fail(ErrorCode::InvalidArgument,
                            tr("Name the database file with --from FILE."));
        const Context fileContext(source);
        auto ws = fileContext.signIn();
        if (!ws)
            return out.fail(ws.error());
        TerminalProgress progress(out);
        auto report = domain::ServerCopyService(**ws).copyTo(m_to, m_rolePrefix, progress.job());
        progress.clear();
        if (!report)
            return out.fail(report.error());
        print(out, *report);
        const int code = finish(context, **ws);
        if (code != kExitOk)
            return code;
        return report->verified()
                   ? kExitOk
                   : out.fail(ErrorCode::Corrupt,
                              tr("The server's copy differs from the file in the tables marked "
                                 "DIFFERS, or its audit chain does not verify; do not use it, "
                                 "and report this as a bug."));
    }

private:
    static void print(const Output& out, const domain::ServerCopyReport& r) {
        out.line(tr("Copied %L1 rows of %2 tables to %3 in %4 s; checked in %5 s.")
                     .arg(r.rows)
                     .arg(r.tables.size())
                     .arg(qs(r.server))
                     .arg(r.copyMs / 1000.0, 0, 'f', 1)
                     .arg(r.checkMs / 1000.0, 0, 'f', 1));
        for (const auto& t : r.tables)
            out.line(QStringLiteral("  %1 %2 %3  %4")
                         .arg(qs(t.table), -30)
                         .arg(t.fileRows, 10)
                         .arg(qs(t.fileHash.substr(0, 16)))
                         .arg(t.equal() ? tr("same rows, same hash")
                                        : tr("DIFFERS: server %L1 rows, hash %2")
                                              .arg(t.serverRows)
                                              .arg(qs(t.serverHash.substr(0, 16)))));
        out.line(
            tr("Audit chain on the server: %1").arg(qs(domain::AuditService::describe(r.audit))));
        out.line(tr("Login roles (set each one's password with ALTER ROLE ... PASSWORD):"));
        for (const auto& l : r.logins)
            out.line(QStringLiteral("  %1 -> %2").arg(qs(l.username), qs(l.roleName)));
        QJsonArray tables;
        for (const auto& t : r.tables)
            tables.append(QJsonObject{{"table", qs(t.table)},
                                      {"file_rows", static_cast<qint64>(t.fileRows)},
                                      {"server_rows", static_cast<qint64>(t.serverRows)},
                                      {"file_hash", qs(t.fileHash)},
                                      {"server_hash", qs(t.serverHash)},
                                      {"equal", t.equal()}});
        QJsonArray logins;
        for (const auto& l : r.logins)
            logins.append(QJsonObject{{"username", qs(l.username)}, {"role", qs(l.roleName)}});
        out.document(QJsonObject{
            {"server", qs(r.server)},
            {"rows", static_cast<qint64>(r.rows)},
            {"copy_ms", static_cast<qint64>(r.copyMs)},
            {"check_ms", static_cast<qint64>(r.checkMs)},
            {"verified", r.verified()},
            {"audit", QJsonObject{{"intact", r.audit.intact},
                                  {"rows_checked", static_cast<qint64>(r.audit.rowsChecked)},
                                  {"broken_row", r.audit.brokenRow ? QJsonValue(static_cast<qint64>(
                                                                         *r.audit.brokenRow))
                                                                   : QJsonValue()}}},
            {"tables", tables},
            {"logins", logins}});
    }

    std::string m_from;
    std::string m_to;
    std::string m_rolePrefix;
};

} // namespace

std::unique_ptr<Command> makeMigrateCommand() {
    return std::make_unique<MigrateCommand>();
}

} // namespace tessera::cli
