// tessera-cli warnings [ack|snooze|resolve ID]: the open warnings and
// overdue follow-ups of the customers the signed-in user may see, and what
// users do about them.

#include "cli/Command.h"
#include "cli/DayOption.h"
#include "cli/activity/ActivityJson.h"
#include "domain/admin/UserService.h"
#include "domain/warnings/WarningService.h"

namespace tessera::cli {
namespace {

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
            .add_option("--kind", m_kind,
                        tr("Only churn, over-contact, cadence, value-flow, follow-up, "
                           "first-response-late, resolution-late or health")
                            .toStdString())
            ->option_text("KIND");
        command.add_option("--as-of", m_asOf, tr("The as-of date (default: today)").toStdString())
            ->option_text("DATE");
        command
            .add_option("--limit", m_limit, tr("At most N warnings (default: all)").toStdString())
            ->option_text("N");
        command.add_flag("--all", m_includeHandled,
                         tr("Also the warnings acknowledged, snoozed or resolved").toStdString());
        const std::pair<CLI::App**, const char*> handlers[] = {
            {&m_ack, "ack"}, {&m_snooze, "snooze"}, {&m_resolve, "resolve"}};
        for (const auto& [sub, key] : handlers) {
            *sub = command.add_subcommand(key, handlerHelp(key).toStdString());
            (*sub)
                ->add_option("id", m_id, tr("The warning's id, from the list").toStdString())
                ->required();
        }
        m_snooze->add_option("--until", m_until, tr("Back in the list on this day").toStdString())
            ->required()
            ->option_text("DATE");
    }

    int run(const Context& context) override {
        if (m_ack->parsed() || m_snooze->parsed() || m_resolve->parsed())
            return handle(context);
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
    static QString handlerHelp(const char* key) {
        if (std::string_view(key) == "ack")
            return tr("Acknowledge a warning: seen, being handled");
        if (std::string_view(key) == "snooze")
            return tr("Snooze a warning until a day");
        return tr("Resolve a warning");
    }

    int handle(const Context& context) {
        const Output& out = context.out();
        std::optional<std::int32_t> until;
        if (m_snooze->parsed()) {
            auto day = parseDayOption("--until", m_until);
            if (!day)
                return out.fail(day.error());
            until = *day;
        }
        const domain::WarningAction action = m_ack->parsed() ? domain::WarningAction::Acknowledge
                                             : m_snooze->parsed() ? domain::WarningAction::Snooze
                                                                  : domain::WarningAction::Resolve;
        auto ws = context.signIn();
        if (!ws)
            return out.fail(ws.error());
        auto handled = domain::WarningService(**ws).handle(m_id, action, until);
        if (!handled)
            return out.fail(handled.error());
        out.line(tr("Warning %1 is %2.").arg(qs(m_id), qs(handled->state)));
        QJsonObject json = warningJson(*handled);
        if (until)
            json["until"] = domain::Calendar::isoDate(*until);
        out.document(json);
        return finish(context, **ws);
    }

    // Checks the options before signing in, so bad input costs no password.
    Result<domain::WarningFilter> parseFilter() const {
        domain::WarningFilter filter;
        if (!m_kind.empty()) {
            filter.kind = domain::warningKindFromKey(m_kind);
            if (!filter.kind)
                return makeError(ErrorCode::InvalidArgument,
                                 tr("--kind: '%1' is not a kind of warning; use churn, "
                                    "over-contact, cadence, value-flow, follow-up, "
                                    "first-response-late, resolution-late or health.")
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
        filter.includeHandled = m_includeHandled;
        return filter;
    }

    static void print(const Output& out, const std::vector<domain::Warning>& warnings) {
        if (out.json()) {
            // Written as text and out a mebibyte at a time: as a QJsonArray, a
            // million warnings took longer to print than to find.
            constexpr std::size_t kPiece = 1 << 20;
            JsonWriter json;
            json.reserve(kPiece + 4096);
            json.beginArray();
            for (const auto& w : warnings) {
                writeWarningJson(json, w);
                if (json.text().size() >= kPiece) {
                    out.documentText(json.text());
                    json.clearText();
                }
            }
            out.documentText(json.endArray().text());
            return;
        }
        for (const auto& w : warnings) {
            out.line(QStringLiteral("%1  %2  %3  %4  %5  [%6]")
                         .arg(QString::fromLatin1(domain::warningKindKey(w.kind)), -12)
                         .arg(domain::Calendar::isoDate(w.sinceDay))
                         .arg(qs(w.code), -12)
                         .arg(qs(w.owner), -14)
                         .arg(qs(w.reason))
                         .arg(qs(domain::warningId(w))));
        }
        out.line(tr("%n warning(s)", nullptr, static_cast<int>(warnings.size())));
    }

    std::string m_owner;
    std::string m_kind;
    std::string m_asOf;
    std::optional<std::int64_t> m_limit;
    bool m_includeHandled = false;
    CLI::App* m_ack = nullptr;
    CLI::App* m_snooze = nullptr;
    CLI::App* m_resolve = nullptr;
    std::string m_id;
    std::string m_until;
};

} // namespace

std::unique_ptr<Command> makeWarningsCommand() {
    return std::make_unique<WarningsCommand>();
}

} // namespace tessera::cli
