// tessera-cli backup / restore / check: keeping the database safe.

#include "cli/Command.h"
#include "cli/Credentials.h"
#include "domain/admin/MaintenanceService.h"
#include "domain/rights/ErasureService.h"

#include <QDateTime>

namespace tessera::cli {
namespace {

QJsonObject backupJson(const domain::BackupInfo& b, const domain::Calendar& calendar) {
    return {{"file", qs(b.path)},
            {"bytes", static_cast<qint64>(b.bytes)},
            {"modified", calendar.isoInstant(b.modifiedAt)}};
}

class BackupCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)

public:
    const char* name() const override { return "backup"; }

    void configure(CLI::App& command) override {
        command.description(tr("Back up the database (administrators): to FILE, or into the "
                               "backups folder beside it, keeping the newest few.")
                                .toStdString());
        command.add_option("--out", m_out, tr("The backup file to write").toStdString())
            ->option_text("FILE");
        command.add_flag("--list", m_list,
                         tr("List the backups in the backups folder").toStdString());
        command.add_flag("--if-due", m_ifDue,
                         tr("Only when the last backup is older than the backup interval (for a "
                            "scheduler)")
                             .toStdString());
    }

    int run(const Context& context) override {
        auto ws = context.signIn();
        if (!ws)
            return context.out().fail(ws.error());
        domain::MaintenanceService maintenance(**ws);
        if (m_list)
            return list(context, maintenance, **ws);
        std::optional<domain::BackupInfo> made;
        if (m_ifDue) {
            auto due = maintenance.backupIfDue();
            if (!due)
                return context.out().fail(due.error());
            made = *due;
        } else {
            auto backup = maintenance.backup(m_out);
            if (!backup)
                return context.out().fail(backup.error());
            made = *backup;
        }
        if (made)
            context.out().line(
                tr("Backed up to %1 (%2 bytes).").arg(qs(made->path)).arg(made->bytes));
        else
            context.out().line(tr("No backup is due yet."));
        context.out().document(made ? backupJson(*made, (*ws)->calendar())
                                    : QJsonObject{{"file", QJsonValue()}});
        return finish(context, **ws);
    }

private:
    int list(const Context& context, domain::MaintenanceService& maintenance,
             domain::Workspace& ws) {
        auto all = maintenance.backups();
        if (!all)
            return context.out().fail(all.error());
        // Backups made before an erasure still hold the person until
        // retention removes them: each line says how many erased persons.
        std::vector<std::string> paths;
        for (const auto& b : *all)
            paths.push_back(b.path);
        auto held = domain::ErasureService(ws).backupsHolding(paths);
        if (!held)
            return context.out().fail(held.error());
        QJsonArray array;
        for (std::size_t i = 0; i < all->size(); ++i) {
            const auto& b = (*all)[i];
            const std::int64_t erased = (*held)[i];
            const QString note = erased > 0 ? tr("holds %n erased person(s)", nullptr, int(erased))
                                 : erased < 0 ? tr("unreadable")
                                              : QString();
            context.out().line(QStringLiteral("%1  %2%3")
                                   .arg(qs(b.path))
                                   .arg(b.bytes)
                                   .arg(note.isEmpty() ? QString() : QStringLiteral("  ") + note));
            QJsonObject json = backupJson(b, ws.calendar());
            json["erased_persons_held"] = erased < 0 ? QJsonValue() : QJsonValue(qint64(erased));
            array.append(json);
        }
        context.out().document(array);
        return finish(context, ws);
    }

    std::string m_out;
    bool m_list = false;
    bool m_ifDue = false;
};

class RestoreCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)

public:
    const char* name() const override { return "restore"; }

    void configure(CLI::App& command) override {
        command.description(tr("Replace the database with a backup, after checking the backup "
                               "and saving the current state (administrators).")
                                .toStdString());
        command.add_option("--from", m_from, tr("The backup file").toStdString())
            ->required()
            ->option_text("FILE");
    }

    int run(const Context& context) override {
        auto ws = context.signIn();
        if (!ws)
            return context.out().fail(ws.error());
        auto password = currentPassword((*ws)->session().username);
        if (!password)
            return context.out().fail(password.error());
        auto saved = domain::MaintenanceService(**ws).restore(m_from, *password);
        if (!saved)
            return context.out().fail(saved.error());
        context.out().line(tr("Restored from %1; the previous state is saved in %2.")
                               .arg(qs(m_from), qs(saved->path)));
        context.out().document(
            QJsonObject{{"restored_from", qs(m_from)}, {"previous_state", qs(saved->path)}});
        return kExitOk;
    }

private:
    std::string m_from;
};

class CheckCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    const char* name() const override { return "check"; }

    void configure(CLI::App& command) override {
        command.description(tr("Check the file's integrity, its foreign keys and the audit "
                               "chain (administrators).")
                                .toStdString());
    }

    int run(const Context& context) override {
        auto ws = context.signIn();
        if (!ws)
            return context.out().fail(ws.error());
        auto report = domain::MaintenanceService(**ws).check();
        if (!report)
            return context.out().fail(report.error());
        QJsonArray problems;
        for (const auto& problem : report->problems)
            problems.append(qs(problem));
        if (!report->audit.intact)
            problems.append(qs(report->audit.problem));
        context.out().document(
            QJsonObject{{"ok", report->ok()},
                        {"problems", problems},
                        {"audit_rows", static_cast<qint64>(report->audit.rowsChecked)}});
        if (!report->ok())
            return context.out().fail(ErrorCode::Corrupt,
                                      tr("The check found %n problem(s); the first: %1", nullptr,
                                         static_cast<int>(problems.size()))
                                          .arg(problems.first().toString()));
        context.out().line(tr("The database is sound: integrity and foreign keys check out, and "
                              "%1 audit rows verify.")
                               .arg(report->audit.rowsChecked));
        return finish(context, **ws);
    }
};

} // namespace

std::unique_ptr<Command> makeBackupCommand() {
    return std::make_unique<BackupCommand>();
}
std::unique_ptr<Command> makeRestoreCommand() {
    return std::make_unique<RestoreCommand>();
}
std::unique_ptr<Command> makeCheckCommand() {
    return std::make_unique<CheckCommand>();
}

} // namespace tessera::cli
