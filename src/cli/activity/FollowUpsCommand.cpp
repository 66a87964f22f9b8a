// tessera-cli followups add|list|done|reschedule|propose: promises to
// contact a customer by a day.

#include "cli/Command.h"
#include "cli/CustomerRef.h"
#include "cli/DayOption.h"
#include "cli/activity/ActivityJson.h"
#include "domain/admin/UserService.h"
#include "domain/followups/FollowUpService.h"

namespace tessera::cli {
namespace {

class FollowUpsCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(FollowUpsCommand)

public:
    const char* name() const override { return "followups"; }

    void configure(CLI::App& command) override {
        command.description(
            tr("Set up, list, complete or move follow-ups, and see whom the contact cadence "
               "says to follow up.")
                .toStdString());
        command.require_subcommand(1);
        m_add = command.add_subcommand("add", tr("Set up a follow-up").toStdString());
        m_add->add_option("--customer", m_customer, tr("The customer's code").toStdString())
            ->required()
            ->option_text("CODE");
        m_add->add_option("--due", m_due, tr("The day it is due").toStdString())
            ->required()
            ->option_text("DATE");
        m_add->add_option("--note", m_note, tr("What to follow up").toStdString())
            ->option_text("TEXT");
        m_add
            ->add_option(
                "--for", m_for,
                tr("Who follows up (default: the customer's account manager)").toStdString())
            ->option_text("USER");
        m_list = command.add_subcommand("list", tr("Open follow-ups by due day").toStdString());
        m_list->add_flag("--overdue", m_overdue, tr("Only those past their day").toStdString());
        m_list->add_option("--customer", m_customer, tr("Only this customer's").toStdString())
            ->option_text("CODE");
        m_done = command.add_subcommand("done", tr("Complete a follow-up").toStdString());
        m_done->add_option("id", m_id, tr("The follow-up's id").toStdString())->required();
        m_reschedule = command.add_subcommand("reschedule", tr("Move a follow-up").toStdString());
        m_reschedule->add_option("id", m_id, tr("The follow-up's id").toStdString())->required();
        m_reschedule->add_option("--due", m_due, tr("The new due day").toStdString())
            ->required()
            ->option_text("DATE");
        m_propose = command.add_subcommand(
            "propose", tr("Customers past their contact cadence, to follow up").toStdString());
    }

    int run(const Context& context) override {
        std::optional<std::int32_t> due;
        if (!m_due.empty()) {
            auto day = parseDayOption("--due", m_due);
            if (!day)
                return context.out().fail(day.error());
            due = *day;
        }
        auto ws = context.signIn();
        if (!ws)
            return context.out().fail(ws.error());
        int code = kExitOk;
        if (m_add->parsed())
            code = add(context, **ws, *due);
        else if (m_list->parsed())
            code = list(context, **ws);
        else if (m_done->parsed())
            code = done(context, **ws);
        else if (m_reschedule->parsed())
            code = reschedule(context, **ws, *due);
        else
            code = propose(context, **ws);
        return code == kExitOk ? finish(context, **ws) : code;
    }

private:
    int add(const Context& context, domain::Workspace& ws, std::int32_t due) {
        const Output& out = context.out();
        auto customer = customerIdFor(ws, m_customer);
        if (!customer)
            return out.fail(customer.error());
        domain::FollowUpDraft d{*customer, due, m_note, std::nullopt};
        if (!m_for.empty()) {
            auto user = domain::UserService(ws).idOf(m_for);
            if (!user)
                return out.fail(user.error());
            d.assigneeId = *user;
        }
        domain::FollowUpService followUps(ws);
        auto id = followUps.add(d);
        if (!id)
            return out.fail(id.error());
        auto row = followUps.find(*id);
        if (!row)
            return out.fail(row.error());
        out.line(tr("Follow-up %1 is due %2.").arg(*id).arg(domain::Calendar::isoDate(due)));
        out.document(followUpJson(*row, ws.calendar().dayOf(ws.nowMs())));
        return kExitOk;
    }

    int list(const Context& context, domain::Workspace& ws) {
        const Output& out = context.out();
        const std::int32_t today = ws.calendar().dayOf(ws.nowMs());
        std::optional<std::int64_t> customer;
        if (!m_customer.empty()) {
            auto id = customerIdFor(ws, m_customer);
            if (!id)
                return out.fail(id.error());
            customer = *id;
        }
        auto rows = domain::FollowUpService(ws).list(
            m_overdue ? std::optional<std::int32_t>(today - 1) : std::nullopt, customer);
        if (!rows)
            return out.fail(rows.error());
        QJsonArray array;
        for (const auto& row : *rows) {
            out.line(QStringLiteral("%1  %2  %3  %4  %5")
                         .arg(row.record.id, 6)
                         .arg(domain::Calendar::isoDate(row.record.dueDay))
                         .arg(qs(row.customerCode), -12)
                         .arg(qs(row.assignee), -12)
                         .arg(qs(row.record.note)));
            array.append(followUpJson(row, today));
        }
        out.line(tr("%n follow-up(s)", nullptr, static_cast<int>(rows->size())));
        out.document(array);
        return kExitOk;
    }

    int done(const Context& context, domain::Workspace& ws) {
        if (Status s = domain::FollowUpService(ws).complete(m_id); !s)
            return context.out().fail(s.error());
        context.out().line(tr("Follow-up %1 is done.").arg(m_id));
        context.out().document(QJsonObject{{"done", static_cast<qint64>(m_id)}});
        return kExitOk;
    }

    int reschedule(const Context& context, domain::Workspace& ws, std::int32_t due) {
        if (Status s = domain::FollowUpService(ws).reschedule(m_id, due); !s)
            return context.out().fail(s.error());
        context.out().line(
            tr("Follow-up %1 is now due %2.").arg(m_id).arg(domain::Calendar::isoDate(due)));
        context.out().document(QJsonObject{{"id", static_cast<qint64>(m_id)},
                                           {"due", domain::Calendar::isoDate(due)}});
        return kExitOk;
    }

    int propose(const Context& context, domain::Workspace& ws) {
        auto proposals = domain::FollowUpService(ws).proposals();
        if (!proposals)
            return context.out().fail(proposals.error());
        QJsonArray array;
        for (const auto& w : *proposals) {
            context.out().line(QStringLiteral("%1  %2  %3")
                                   .arg(qs(w.code), -12)
                                   .arg(qs(w.owner), -12)
                                   .arg(qs(w.reason)));
            array.append(warningJson(w));
        }
        context.out().line(
            tr("%n customer(s) to follow up", nullptr, static_cast<int>(proposals->size())));
        context.out().document(array);
        return kExitOk;
    }

    CLI::App* m_add = nullptr;
    CLI::App* m_list = nullptr;
    CLI::App* m_done = nullptr;
    CLI::App* m_reschedule = nullptr;
    CLI::App* m_propose = nullptr;
    std::string m_customer;
    std::string m_due;
    std::string m_note;
    std::string m_for;
    bool m_overdue = false;
    std::int64_t m_id = 0;
};

} // namespace

std::unique_ptr<Command> makeFollowUpsCommand() {
    return std::make_unique<FollowUpsCommand>();
}

} // namespace tessera::cli
