// tessera-cli audit: the audit log, filtered, the verification of its chain,
// and the access review (audit review).

#include "cli/Command.h"
#include "cli/Credentials.h"
#include "cli/DayOption.h"
#include "cli/audit/AuditReviewSubcommand.h"
#include "domain/admin/UserService.h"
#include "domain/teammode/ServerAuditCheck.h"
#include "domain/workspace/AuditService.h"
#include "storage/postgres/ServerUri.h"

#include <QDateTime>

namespace tessera::cli {
namespace {

class AuditCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)

public:
    const char* name() const override { return "audit"; }

    void configure(CLI::App& command) override {
        command.description(
            tr("Show the audit log, or verify its hash chain (administrators).").toStdString());
        command.add_flag(
            "--verify", m_verify,
            tr("Check every row against the chain and name the first broken one").toStdString());
        command.add_option("--who", m_who, tr("Only this user's actions").toStdString())
            ->option_text("USER");
        command.add_option("--action", m_filter.action,
                           tr("Only this action (e.g. login, export)").toStdString());
        command
            .add_option("--customer", m_customer,
                        tr("Only actions on this customer id").toStdString())
            ->option_text("ID");
        command.add_option("--since", m_since, tr("From this date").toStdString())
            ->option_text("DATE");
        command.add_option("--until", m_until, tr("Before this date").toStdString())
            ->option_text("DATE");
        command.add_option("--limit", m_filter.limit,
                           tr("At most N rows, newest first (default 1000)").toStdString());
        m_review.configure(command);
    }

    int run(const Context& context) override {
        if (m_verify && storage::isServerUri(context.global().db))
            return verifyOnServer(context);
        auto ws = context.signIn();
        if (!ws)
            return context.out().fail(ws.error());
        if (m_review.parsed()) {
            const int code = m_review.run(**ws, context.out());
            return code == kExitOk ? finish(context, **ws) : code;
        }
        domain::AuditService audit(**ws);
        return m_verify ? verify(context, audit, **ws) : list(context, audit, **ws);
    }

private:
    int verify(const Context& context, domain::AuditService& audit, domain::Workspace& ws) {
        auto result = audit.verify();
        if (!result)
            return context.out().fail(result.error());
        const int code = report(context, *result);
        return code == kExitOk ? finish(context, ws) : code;
    }

    // Team mode: the chain as the server holds it, checked under the key the
    // administrator's own login and password open.
    int verifyOnServer(const Context& context) {
        auto user = context.userName();
        if (!user)
            return context.out().fail(user.error());
        auto password = currentPassword(*user);
        if (!password)
            return context.out().fail(password.error());
        auto result = domain::ServerAuditCheck::verify(context.global().db, *user, *password);
        if (!result)
            return context.out().fail(result.error());
        return report(context, *result);
    }

    int report(const Context& context, const storage::AuditVerification& result) {
        QJsonObject json{{"intact", result.intact},
                         {"rows", static_cast<qint64>(result.rowsChecked)},
                         {"unsealed_rows", static_cast<qint64>(result.unsealedRows)},
                         {"broken_row", result.brokenRow
                                            ? QJsonValue(static_cast<qint64>(*result.brokenRow))
                                            : QJsonValue()},
                         {"problem", qs(result.problem)}};
        context.out().document(json);
        if (!result.intact)
            return context.out().fail(ErrorCode::Corrupt,
                                      tr("The audit log is broken at row %1: %2")
                                          .arg(*result.brokenRow)
                                          .arg(qs(result.problem)));
        context.out().line(
            tr("The audit log verifies: %1 rows, chained and signed.").arg(result.rowsChecked));
        return kExitOk;
    }

    int list(const Context& context, domain::AuditService& audit, domain::Workspace& ws) {
        storage::AuditFilter filter = m_filter;
        if (!m_who.empty()) {
            auto id = domain::UserService(ws).idOf(m_who);
            if (!id)
                return context.out().fail(id.error());
            filter.userId = *id;
        }
        if (!m_customer.empty()) {
            filter.objectType = "customer";
            filter.objectId = m_customer;
        }
        for (auto [text, target, option] : {std::tuple(&m_since, &filter.from, "--since"),
                                            std::tuple(&m_until, &filter.to, "--until")}) {
            if (text->empty())
                continue;
            auto day = parseDayOption(option, *text);
            if (!day)
                return context.out().fail(day.error());
            *target = ws.calendar().startOfDayMs(*day);
        }
        auto rows = audit.list(filter);
        if (!rows)
            return context.out().fail(rows.error());
        QJsonArray array;
        for (const auto& r : *rows) {
            const QString at = ws.calendar().isoInstant(r.at);
            context.out().line(QStringLiteral("%1  %2  %3  %4  %5 %6  %7")
                                   .arg(r.id, 6)
                                   .arg(at, qs(r.username), qs(r.action), qs(r.objectType),
                                        qs(r.objectId), qs(r.outcome)));
            array.append(QJsonObject{{"id", static_cast<qint64>(r.id)},
                                     {"at", at},
                                     {"user", qs(r.username)},
                                     {"action", qs(r.action)},
                                     {"object_type", qs(r.objectType)},
                                     {"object_id", qs(r.objectId)},
                                     {"detail", qs(r.detail)},
                                     {"outcome", qs(r.outcome)}});
        }
        context.out().document(array);
        return finish(context, ws);
    }

    bool m_verify = false;
    std::string m_who;
    std::string m_customer;
    std::string m_since;
    std::string m_until;
    storage::AuditFilter m_filter;
    AuditReviewSubcommand m_review;
};

} // namespace

std::unique_ptr<Command> makeAuditCommand() {
    return std::make_unique<AuditCommand>();
}

} // namespace tessera::cli
