// tessera-cli interactions add|list|edit|delete: the interaction log, with
// consent and the over-contact limit enforced by the domain.

#include "cli/Command.h"
#include "cli/CustomerRef.h"
#include "cli/DayOption.h"
#include "cli/activity/ActivityJson.h"
#include "domain/interactions/InteractionService.h"

namespace tessera::cli {
namespace {

class InteractionsCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(InteractionsCommand)

public:
    const char* name() const override { return "interactions"; }

    void configure(CLI::App& command) override {
        command.description(tr("Log, list, edit or delete interactions with customers (calls, "
                               "visits, messages ...).")
                                .toStdString());
        command.require_subcommand(1);
        m_add = command.add_subcommand("add", tr("Log an interaction").toStdString());
        m_add->add_option("--customer", m_customer, tr("The customer's code").toStdString())
            ->required()
            ->option_text("CODE");
        addFields(*m_add, true);
        m_list =
            command.add_subcommand("list", tr("List interactions, newest first").toStdString());
        m_list->add_option("--customer", m_customer, tr("Only this customer's").toStdString())
            ->option_text("CODE");
        m_list->add_option("--limit", m_limit, tr("At most N (default 200)").toStdString())
            ->option_text("N");
        m_edit = command.add_subcommand("edit", tr("Change a logged interaction").toStdString());
        m_edit->add_option("id", m_id, tr("The interaction's id").toStdString())->required();
        addFields(*m_edit, false);
        m_delete =
            command.add_subcommand("delete", tr("Delete a logged interaction").toStdString());
        m_delete->add_option("id", m_id, tr("The interaction's id").toStdString())->required();
    }

    int run(const Context& context) override {
        auto ws = context.signIn();
        if (!ws)
            return context.out().fail(ws.error());
        int code = kExitOk;
        if (m_add->parsed())
            code = add(context, **ws);
        else if (m_list->parsed())
            code = list(context, **ws);
        else if (m_edit->parsed())
            code = edit(context, **ws);
        else
            code = remove(context, **ws);
        return code == kExitOk ? finish(context, **ws) : code;
    }

private:
    void addFields(CLI::App& sub, bool required) {
        auto* channel = sub.add_option(
            "--channel", m_channel,
            tr("phone, email, visit, wechat, app, social, web or other").toStdString());
        auto* kind = sub.add_option("--kind", m_kind,
                                    tr("call, meeting, email, message, complaint, referral, "
                                       "review, share, comment, visit or other")
                                        .toStdString());
        auto* direction =
            sub.add_option("--direction", m_direction, tr("inbound or outbound").toStdString());
        if (required) {
            channel->required();
            kind->required();
            direction->required();
        }
        sub.add_option("--touchpoint", m_touchpoint,
                       tr("A journey touchpoint's name").toStdString())
            ->option_text("NAME");
        sub.add_option("--outcome", m_outcome, tr("What came of it").toStdString())
            ->option_text("TEXT");
        sub.add_option("--note", m_note, tr("A note (stored encrypted)").toStdString())
            ->option_text("TEXT");
        sub.add_option("--at", m_at,
                       tr("When it happened, \"yyyy-mm-dd HH:MM\" (default: now)").toStdString())
            ->option_text("TIME");
        sub.add_flag("--confirm-over-contact", m_confirm,
                     tr("Log it even though it goes over the over-contact limit").toStdString());
    }

    // The draft from the options given (for edit: over the stored entry).
    Result<domain::InteractionDraft> draft(domain::Workspace& ws, domain::InteractionDraft base) {
        if (!m_channel.empty())
            base.channel = m_channel;
        if (!m_kind.empty())
            base.kind = m_kind;
        if (!m_direction.empty())
            base.direction = m_direction;
        if (m_touchpoint)
            base.touchpoint = *m_touchpoint;
        if (m_outcome)
            base.outcome = *m_outcome;
        if (m_note)
            base.note = *m_note;
        if (!m_at.empty()) {
            auto at = parseInstantOption("--at", m_at, ws.calendar());
            if (!at)
                return at.error();
            base.at = *at;
        }
        return base;
    }

    int report(const Context& context, domain::Workspace& ws, const domain::InteractionResult& r,
               const QString& done) {
        const Output& out = context.out();
        domain::InteractionService interactions(ws);
        auto row = interactions.find(r.id);
        if (!row)
            return out.fail(row.error());
        out.line(done.arg(r.id));
        QJsonArray warnings;
        for (const auto& w : r.warnings) {
            out.line(QStringLiteral("  ! %1").arg(qs(w.reason)));
            warnings.append(warningJson(w));
        }
        QJsonObject json = interactionJson(*row, ws.calendar());
        json["over_contact"] = r.overContact;
        json["warnings"] = warnings;
        out.document(json);
        return kExitOk;
    }

    int add(const Context& context, domain::Workspace& ws) {
        auto customer = customerIdFor(ws, m_customer);
        if (!customer)
            return context.out().fail(customer.error());
        domain::InteractionDraft base;
        base.customerId = *customer;
        auto d = draft(ws, base);
        if (!d)
            return context.out().fail(d.error());
        auto result = domain::InteractionService(ws).add(*d, m_confirm);
        if (!result)
            return context.out().fail(result.error());
        return report(context, ws, *result, tr("Logged interaction %1."));
    }

    int edit(const Context& context, domain::Workspace& ws) {
        domain::InteractionService interactions(ws);
        auto row = interactions.find(m_id);
        if (!row)
            return context.out().fail(row.error());
        auto d = draft(ws, domain::InteractionService::draftOf(*row));
        if (!d)
            return context.out().fail(d.error());
        auto result = interactions.edit(m_id, *d, m_confirm);
        if (!result)
            return context.out().fail(result.error());
        return report(context, ws, *result, tr("Changed interaction %1."));
    }

    int remove(const Context& context, domain::Workspace& ws) {
        auto removed = domain::InteractionService(ws).remove(m_id);
        if (!removed)
            return context.out().fail(removed.error());
        context.out().line(tr("Deleted interaction %1.").arg(m_id));
        context.out().document(QJsonObject{{"deleted", static_cast<qint64>(m_id)}});
        return kExitOk;
    }

    int list(const Context& context, domain::Workspace& ws) {
        const Output& out = context.out();
        std::optional<std::int64_t> customer;
        if (!m_customer.empty()) {
            auto id = customerIdFor(ws, m_customer);
            if (!id)
                return out.fail(id.error());
            customer = *id;
        }
        auto rows = domain::InteractionService(ws).list(customer, m_limit);
        if (!rows)
            return out.fail(rows.error());
        QJsonArray array;
        for (const auto& row : *rows) {
            const storage::InteractionRecord& r = row.record;
            out.line(QStringLiteral("%1  %2  %3  %4  %5 %6 %7")
                         .arg(r.id, 6)
                         .arg(ws.calendar().wallClock(r.at, QStringLiteral("yyyy-MM-dd HH:mm")))
                         .arg(qs(row.customerCode), -12)
                         .arg(qs(r.direction), -8)
                         .arg(qs(r.channel), -7)
                         .arg(qs(r.kind), -9)
                         .arg(qs(r.outcome)));
            array.append(interactionJson(row, ws.calendar()));
        }
        out.line(tr("%n interaction(s)", nullptr, static_cast<int>(rows->size())));
        out.document(array);
        return kExitOk;
    }

    CLI::App* m_add = nullptr;
    CLI::App* m_list = nullptr;
    CLI::App* m_edit = nullptr;
    CLI::App* m_delete = nullptr;
    std::string m_customer;
    std::string m_channel;
    std::string m_kind;
    std::string m_direction;
    std::optional<std::string> m_touchpoint;
    std::optional<std::string> m_outcome;
    std::optional<std::string> m_note;
    std::string m_at;
    bool m_confirm = false;
    std::int64_t m_id = 0;
    int m_limit = 200;
};

} // namespace

std::unique_ptr<Command> makeInteractionsCommand() {
    return std::make_unique<InteractionsCommand>();
}

} // namespace tessera::cli
