// tessera-cli tickets add|update|list|csat: service tickets and complaints
// with their service levels.

#include "cli/Command.h"
#include "cli/CustomerRef.h"
#include "cli/DayOption.h"
#include "cli/activity/ActivityJson.h"
#include "domain/admin/UserService.h"
#include "domain/tickets/ResolutionRates.h"
#include "domain/tickets/TicketService.h"

namespace tessera::cli {
namespace {

class TicketsCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(TicketsCommand)

public:
    const char* name() const override { return "tickets"; }

    void configure(CLI::App& command) override {
        command.description(tr("Open, progress and list service tickets and complaints, with "
                               "their response and resolution targets.")
                                .toStdString());
        command.require_subcommand(1);
        m_add = command.add_subcommand("add", tr("Open a ticket").toStdString());
        m_add->add_option("--customer", m_customer, tr("The customer's code").toStdString())
            ->required()
            ->option_text("CODE");
        m_add
            ->add_option("--category", m_category,
                         tr("quality, attitude, delivery, billing or other").toStdString())
            ->required();
        m_add
            ->add_option("--level", m_level,
                         tr("Escalation level: immediate, 24h or 72h").toStdString())
            ->required();
        m_add->add_option("--subject", m_subject, tr("What it is about").toStdString())->required();
        m_add->add_option("--description", m_description,
                          tr("Details (stored encrypted)").toStdString());
        m_add
            ->add_option("--from-interaction", m_interaction,
                         tr("The complaint interaction it comes from").toStdString())
            ->option_text("ID");
        m_add->add_flag("--complaint", m_complaint, tr("It is a complaint").toStdString());
        m_add
            ->add_option(
                "--touchpoint", m_touchpoint,
                tr("Where on the journey it arose (default: the interaction's)").toStdString())
            ->option_text("NAME");
        m_add->add_option("--assignee", m_assignee, tr("Assign it at once").toStdString())
            ->option_text("USER");
        m_add->add_option("--at", m_at, tr("When it was opened (default: now)").toStdString())
            ->option_text("TIME");

        m_update = command.add_subcommand("update", tr("Move a ticket on").toStdString());
        m_update->add_option("id", m_id, tr("The ticket's id").toStdString())->required();
        m_update
            ->add_option("--status", m_status,
                         tr("assigned, responded, resolved, closed or reopened").toStdString())
            ->required();
        m_update->add_option("--assignee", m_assignee, tr("With assigned: who").toStdString())
            ->option_text("USER");
        m_update->add_option("--at", m_at, tr("When it happened (default: now)").toStdString())
            ->option_text("TIME");

        m_list = command.add_subcommand("list", tr("List tickets, oldest first").toStdString());
        m_list->add_option("--customer", m_customer, tr("Only this customer's").toStdString())
            ->option_text("CODE");
        m_list->add_flag("--open", m_open, tr("Only tickets not yet resolved").toStdString());
        m_list
            ->add_option(
                "--as-of", m_asOf,
                tr("Evaluate the service levels at this time (default: now)").toStdString())
            ->option_text("TIME");

        m_stats = command.add_subcommand(
            "stats", tr("Resolution rate per owner and team against the 95% goal").toStdString());
        m_stats->add_option("--from", m_from, tr("Tickets opened from this day").toStdString())
            ->required()
            ->option_text("DATE");
        m_stats->add_option("--to", m_to, tr("... to this day").toStdString())
            ->required()
            ->option_text("DATE");

        m_csat = command.add_subcommand(
            "csat", tr("Record the satisfaction check after a ticket was closed").toStdString());
        m_csat->add_option("id", m_id, tr("The ticket's id").toStdString())->required();
        m_csat->add_option("--score", m_score, tr("CSAT, 1 to 5").toStdString())->required();
        m_csat->add_option("--comment", m_description, tr("The customer's words").toStdString());
    }

    int run(const Context& context) override {
        auto ws = context.signIn();
        if (!ws)
            return context.out().fail(ws.error());
        int code = kExitOk;
        if (m_add->parsed())
            code = add(context, **ws);
        else if (m_update->parsed())
            code = update(context, **ws);
        else if (m_list->parsed())
            code = list(context, **ws);
        else if (m_stats->parsed())
            code = stats(context, **ws);
        else
            code = csat(context, **ws);
        return code == kExitOk ? finish(context, **ws) : code;
    }

private:
    Result<std::optional<std::int64_t>> instant(domain::Workspace& ws, const char* option,
                                                const std::string& text) {
        if (text.empty())
            return std::optional<std::int64_t>{};
        auto at = parseInstantOption(option, text, ws.calendar());
        if (!at)
            return at.error();
        return std::optional<std::int64_t>(*at);
    }

    Result<std::optional<std::int64_t>> assignee(domain::Workspace& ws) {
        if (m_assignee.empty())
            return std::optional<std::int64_t>{};
        auto id = domain::UserService(ws).idOf(m_assignee);
        if (!id)
            return id.error();
        return std::optional<std::int64_t>(*id);
    }

    int show(const Context& context, domain::Workspace& ws, const domain::TicketView& v,
             const QString& done) {
        context.out().line(done.arg(v.row.record.id).arg(qs(v.statusAsOf)));
        context.out().document(ticketJson(v, ws.calendar()));
        return kExitOk;
    }

    int add(const Context& context, domain::Workspace& ws) {
        const Output& out = context.out();
        auto customer = customerIdFor(ws, m_customer);
        if (!customer)
            return out.fail(customer.error());
        auto at = instant(ws, "--at", m_at);
        if (!at)
            return out.fail(at.error());
        auto who = assignee(ws);
        if (!who)
            return out.fail(who.error());
        domain::TicketDraft d;
        d.customerId = *customer;
        d.category = m_category;
        d.level = m_level;
        d.subject = m_subject;
        d.description = m_description;
        d.at = *at;
        d.fromInteraction = m_interaction;
        d.complaint = m_complaint;
        d.touchpoint = m_touchpoint;
        d.assigneeId = *who;
        domain::TicketService tickets(ws);
        auto id = tickets.open(d);
        if (!id)
            return out.fail(id.error());
        auto view = tickets.find(*id);
        if (!view)
            return out.fail(view.error());
        return show(context, ws, *view, tr("Opened ticket %1 (%2)."));
    }

    int update(const Context& context, domain::Workspace& ws) {
        const Output& out = context.out();
        auto step = domain::TicketService::stepFromKey(m_status);
        if (!step)
            return out.fail(ErrorCode::InvalidArgument,
                            tr("--status: '%1' is not a step; use assigned, responded, resolved, "
                               "closed or reopened.")
                                .arg(qs(m_status)));
        auto at = instant(ws, "--at", m_at);
        if (!at)
            return out.fail(at.error());
        auto who = assignee(ws);
        if (!who)
            return out.fail(who.error());
        auto view = domain::TicketService(ws).change(m_id, {*step, *who, *at});
        if (!view)
            return out.fail(view.error());
        return show(context, ws, *view, tr("Ticket %1 is now %2."));
    }

    int list(const Context& context, domain::Workspace& ws) {
        const Output& out = context.out();
        domain::TicketFilter filter;
        if (!m_customer.empty()) {
            auto id = customerIdFor(ws, m_customer);
            if (!id)
                return out.fail(id.error());
            filter.customerId = *id;
        }
        filter.unresolvedOnly = m_open;
        auto asOf = instant(ws, "--as-of", m_asOf);
        if (!asOf)
            return out.fail(asOf.error());
        filter.asOf = *asOf;
        auto tickets = domain::TicketService(ws).list(filter);
        if (!tickets)
            return out.fail(tickets.error());
        QJsonArray array;
        for (const auto& v : *tickets) {
            const storage::TicketRecord& t = v.row.record;
            QString flags;
            if (v.level.firstResponseLate)
                flags += tr(" response late");
            if (v.level.resolutionLate)
                flags += tr(" resolution late");
            if (!v.escalatedTo.empty())
                flags += tr(" escalated to %1").arg(qs(v.escalatedTo));
            out.line(
                QStringLiteral("%1  %2  %3  %4  %5  %6%7")
                    .arg(t.id, 6)
                    .arg(ws.calendar().wallClock(t.openedAt, QStringLiteral("yyyy-MM-dd HH:mm")))
                    .arg(qs(v.row.customerCode), -12)
                    .arg(qs(t.escalation), -9)
                    .arg(qs(v.statusAsOf), -9)
                    .arg(qs(t.subject))
                    .arg(flags));
            array.append(ticketJson(v, ws.calendar()));
        }
        out.line(tr("%n ticket(s)", nullptr, static_cast<int>(tickets->size())));
        out.document(array);
        return kExitOk;
    }

    int stats(const Context& context, domain::Workspace& ws) {
        const Output& out = context.out();
        auto from = parseDayOption("--from", m_from);
        if (!from)
            return out.fail(from.error());
        auto to = parseDayOption("--to", m_to);
        if (!to)
            return out.fail(to.error());
        auto rates = domain::ResolutionRates::of(ws, *from, *to);
        if (!rates)
            return out.fail(rates.error());
        QJsonArray owners;
        QJsonArray teams;
        for (const auto& r : *rates) {
            out.line(QStringLiteral("%1 %2  %3 tickets  resolved %4%  in time %5%%6")
                         .arg(r.team ? tr("team") : tr("owner"), -5)
                         .arg(qs(r.group), -14)
                         .arg(r.tickets, 5)
                         .arg(r.rate() * 100, 5, 'f', 1)
                         .arg(r.inTimeRate() * 100, 5, 'f', 1)
                         .arg(r.rate() < domain::ResolutionRates::kGoal ? tr("  below the 95% goal")
                                                                        : QString()));
            const QJsonObject o{{"key", qs(r.group)},
                                {"tickets", static_cast<qint64>(r.tickets)},
                                {"resolved", static_cast<qint64>(r.resolved)},
                                {"resolved_in_time", static_cast<qint64>(r.resolvedInTime)},
                                {"resolution_rate", r.rate()},
                                {"in_time_rate", r.inTimeRate()},
                                {"meets_goal", r.rate() >= domain::ResolutionRates::kGoal}};
            (r.team ? teams : owners).append(o);
        }
        out.document(QJsonObject{
            {"goal", domain::ResolutionRates::kGoal}, {"owners", owners}, {"teams", teams}});
        return kExitOk;
    }

    int csat(const Context& context, domain::Workspace& ws) {
        auto id = domain::TicketService(ws).recordSatisfaction(m_id, m_score, m_description);
        if (!id)
            return context.out().fail(id.error());
        context.out().line(tr("Recorded the satisfaction check of ticket %1.").arg(m_id));
        context.out().document(QJsonObject{{"ticket", static_cast<qint64>(m_id)},
                                           {"survey_response", static_cast<qint64>(*id)},
                                           {"csat", m_score}});
        return kExitOk;
    }

    CLI::App* m_add = nullptr;
    CLI::App* m_update = nullptr;
    CLI::App* m_list = nullptr;
    CLI::App* m_csat = nullptr;
    CLI::App* m_stats = nullptr;
    std::string m_from;
    std::string m_to;
    std::string m_customer;
    std::string m_category;
    std::string m_level;
    std::string m_subject;
    std::optional<std::string> m_description;
    std::optional<std::int64_t> m_interaction;
    std::string m_touchpoint;
    bool m_complaint = false;
    bool m_open = false;
    std::string m_assignee;
    std::string m_at;
    std::string m_asOf;
    std::string m_status;
    std::int64_t m_id = 0;
    int m_score = 0;
};

} // namespace

std::unique_ptr<Command> makeTicketsCommand() {
    return std::make_unique<TicketsCommand>();
}

} // namespace tessera::cli
