// tessera-cli warnings: the open warnings and overdue follow-ups of the
// customers the signed-in user may see.

#include "cli/Command.h"
#include "cli/DayOption.h"
#include "domain/admin/UserService.h"
#include "domain/warnings/WarningService.h"

namespace tessera::cli {
namespace {

QJsonObject warningJson(const domain::Warning& w) {
    return QJsonObject{{"customer_id", static_cast<qint64>(w.customerId)},
                       {"code", qs(w.code)},
                       {"name", qs(w.name)},
                       {"owner", w.ownerId ? QJsonValue(qs(w.owner)) : QJsonValue()},
                       {"owner_name", w.ownerId ? QJsonValue(qs(w.ownerName)) : QJsonValue()},
                       {"kind", QString::fromLatin1(domain::warningKindKey(w.kind))},
                       {"since", domain::Calendar::isoDate(w.sinceDay)},
                       {"reason", qs(w.reason)}};
}

class WarningsCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(WarningsCommand)

public:
    const char* name() const override { return "warnings"; }

    void configure(CLI::App& command) override {
        command.description(tr("List the open warnings (churn, over-contact, contact cadence, "
                               "value flow) and overdue follow-ups of the customers you may see.")
                                .toStdString());
        command
            .add_option("--owner", m_owner,
                        tr("Only this account manager's customers").toStdString())
            ->option_text("USER");
        command
            .add_option(
                "--kind", m_kind,
                tr("Only churn, over-contact, cadence, value-flow or follow-up").toStdString())
            ->option_text("KIND");
        command.add_option("--as-of", m_asOf, tr("The as-of date (default: today)").toStdString())
            ->option_text("DATE");
        command
            .add_option("--limit", m_limit, tr("At most N warnings (default: all)").toStdString())
            ->option_text("N");
    }

    int run(const Context& context) override {
        const Output& out = context.out();
        auto filter = parseFilter();
        if (!filter)
            return out.fail(filter.error());
        auto ws = context.signIn();
        if (!ws)
            return out.fail(ws.error());
        if (!m_owner.empty()) {
            auto owner = domain::UserService(**ws).idOf(m_owner);
            if (!owner)
                return out.fail(owner.error());
            filter->ownerId = *owner;
        }
        auto warnings = domain::WarningService(**ws).list(*filter);
        if (!warnings)
            return out.fail(warnings.error());
        print(out, *warnings);
        return finish(context, **ws);
    }

private:
    // Checks the options before signing in, so bad input costs no password.
    Result<domain::WarningFilter> parseFilter() const {
        domain::WarningFilter filter;
        if (!m_kind.empty()) {
            filter.kind = domain::warningKindFromKey(m_kind);
            if (!filter.kind)
                return makeError(ErrorCode::InvalidArgument,
                                 tr("--kind: '%1' is not a kind of warning; use churn, "
                                    "over-contact, cadence, value-flow or follow-up.")
                                     .arg(qs(m_kind))
                                     .toStdString());
        }
        if (!m_asOf.empty()) {
            auto day = parseDayOption("--as-of", m_asOf);
            if (!day)
                return day.error();
            filter.asOfDay = *day;
        }
        if (m_limit) {
            if (*m_limit < 1)
                return makeError(
                    ErrorCode::InvalidArgument,
                    tr("--limit needs a number of 1 or more, not %1.").arg(*m_limit).toStdString());
            filter.limit = *m_limit;
        }
        return filter;
    }

    static void print(const Output& out, const std::vector<domain::Warning>& warnings) {
        QJsonArray array;
        for (const auto& w : warnings) {
            out.line(QStringLiteral("%1  %2  %3  %4  %5")
                         .arg(QString::fromLatin1(domain::warningKindKey(w.kind)), -12)
                         .arg(domain::Calendar::isoDate(w.sinceDay))
                         .arg(qs(w.code), -12)
                         .arg(qs(w.owner), -14)
                         .arg(qs(w.reason)));
            array.append(warningJson(w));
        }
        out.line(tr("%n warning(s)", nullptr, static_cast<int>(warnings.size())));
        out.document(array);
    }

    std::string m_owner;
    std::string m_kind;
    std::string m_asOf;
    std::optional<std::int64_t> m_limit;
};

} // namespace

std::unique_ptr<Command> makeWarningsCommand() {
    return std::make_unique<WarningsCommand>();
}

} // namespace tessera::cli
