#include "domain/tickets/TicketService.h"

#include "domain/journeys/TouchpointLookup.h"
#include "domain/scoring/ProfileService.h"
#include "domain/scoring/StandingService.h"
#include "storage/activity/InteractionRepository.h"
#include "storage/admin/UserRepository.h"
#include "storage/surveys/SurveyRepository.h"

#include <algorithm>

namespace tessera::domain {
namespace {

QString q(const std::string& text) {
    return QString::fromStdString(text);
}

Error invalid(const QString& message) {
    return makeError(ErrorCode::InvalidArgument, message.toStdString());
}

bool unresolved(const std::string& status) {
    return status == "open" || status == "assigned";
}

} // namespace

const std::vector<std::string>& TicketService::categories() {
    static const std::vector<std::string> keys = {"quality", "attitude", "delivery", "billing",
                                                  "other"};
    return keys;
}

std::optional<TicketStep> TicketService::stepFromKey(const std::string& key) {
    for (TicketStep step : {TicketStep::Assign, TicketStep::Respond, TicketStep::Resolve,
                            TicketStep::Close, TicketStep::Reopen})
        if (key == stepKey(step))
            return step;
    return std::nullopt;
}

const char* TicketService::stepKey(TicketStep step) {
    switch (step) {
    case TicketStep::Assign: return "assigned";
    case TicketStep::Respond: return "responded";
    case TicketStep::Resolve: return "resolved";
    case TicketStep::Close: return "closed";
    case TicketStep::Reopen: return "reopened";
    }
    return "responded";
}

QString TicketService::stepLabel(TicketStep step) {
    switch (step) {
    case TicketStep::Assign: return tr("the assignment");
    case TicketStep::Respond: return tr("the response");
    case TicketStep::Resolve: return tr("the resolution");
    case TicketStep::Close: return tr("the closing");
    case TicketStep::Reopen: return tr("the reopening");
    }
    return {};
}

Result<std::int64_t> TicketService::checkedInstant(std::optional<std::int64_t> at,
                                                   std::int64_t notBefore, const QString& what) {
    const std::int64_t now = m_ws.nowMs();
    const std::int64_t when = at.value_or(now);
    if (when > now)
        return invalid(tr("The time of %1 is in the future; give a time up to now.").arg(what));
    if (when < notBefore)
        return invalid(tr("The time of %1 is before the ticket was opened (%2).")
                           .arg(what, m_ws.calendar().wallClock(notBefore)));
    return when;
}

Status TicketService::checkAssignee(std::int64_t assigneeId, std::int64_t customerId) {
    auto user = storage::UserRepository(m_ws.db()).findById(assigneeId);
    if (!user)
        return user.error();
    if (!*user || !(*user)->active)
        return invalid(tr("There is no active user with that name to assign the ticket to."));
    const std::string& role = (*user)->role;
    if (role != "account_manager" && role != "supervisor")
        return invalid(tr("Tickets are assigned to account managers or supervisors."));
    // The assignee must be someone who may work on this customer.
    const Session& session = m_ws.session();
    if (session.role == Role::Administrator || assigneeId == session.userId)
        return {};
    if (std::find(session.team.begin(), session.team.end(), assigneeId) != session.team.end())
        return {};
    (void)customerId;
    const std::string message =
        tr("You may assign tickets only to yourself or to your team.").toStdString();
    (void)m_ws.audit({actionKey(Action::RecordActivity), "customer", std::to_string(customerId),
                      message, "refused"});
    return makeError(ErrorCode::PermissionDenied, message);
}

Result<std::int64_t> TicketService::open(const TicketDraft& d) {
    const auto& keys = categories();
    if (std::find(keys.begin(), keys.end(), d.category) == keys.end())
        return invalid(tr("'%1' is not a ticket category; use quality, attitude, delivery, billing "
                          "or other.")
                           .arg(q(d.category)));
    if (!ServiceLevel::levelHours(d.level))
        return invalid(
            tr("'%1' is not an escalation level; use immediate, 24h or 72h.").arg(q(d.level)));
    const QString subject = q(d.subject).trimmed();
    if (subject.isEmpty() || subject.size() > 200)
        return invalid(tr("A ticket needs a subject of 1 to 200 characters."));
    if (d.description && d.description->size() > 8000)
        return invalid(tr("A ticket's description is at most 8000 characters long."));
    TESSERA_TRY(m_ws.authorizeCustomer(Action::RecordActivity, d.customerId));
    auto at = checkedInstant(d.at, 0, tr("the opening"));
    if (!at)
        return at.error();
    storage::TicketRecord t;
    t.customerId = d.customerId;
    t.openedAt = *at;
    t.category = d.category;
    t.escalation = d.level;
    t.subject = subject.toStdString();
    t.description = d.description;
    t.isComplaint = d.complaint;
    auto tx = storage::TransactionGuard::begin(m_ws.db());
    if (!tx)
        return tx.error();
    if (d.fromInteraction) {
        auto origin =
            storage::InteractionRepository(m_ws.db(), m_ws.cipher()).find(*d.fromInteraction);
        if (!origin)
            return origin.error();
        if (!*origin || (*origin)->record.customerId != d.customerId)
            return invalid(
                tr("Interaction %1 is not one of this customer's.").arg(*d.fromInteraction));
        if ((*origin)->record.kind == "complaint")
            t.isComplaint = true;
        t.touchpointId = (*origin)->record.touchpointId;
    }
    if (!t.touchpointId) {
        auto touchpoint = TouchpointLookup::idOf(m_ws.db(), d.touchpoint);
        if (!touchpoint)
            return touchpoint.error();
        t.touchpointId = *touchpoint;
    }
    if (d.assigneeId) {
        TESSERA_TRY(checkAssignee(*d.assigneeId, d.customerId));
        t.assigneeId = d.assigneeId;
        t.status = "assigned";
    }
    auto id = storage::TicketRepository(m_ws.db(), m_ws.cipher())
                  .insert(t, d.fromInteraction, m_ws.session().userId);
    if (!id)
        return id.error();
    TESSERA_TRY(StandingService(m_ws).refresh(d.customerId));
    TESSERA_TRY(m_ws.audit(
        {"ticket.open", "ticket", std::to_string(*id),
         "customer " + std::to_string(d.customerId) + " " + d.category + " " + d.level}));
    TESSERA_TRY(tx->commit());
    return *id;
}

Result<storage::TicketRow> TicketService::load(std::int64_t ticketId) {
    auto row = storage::TicketRepository(m_ws.db(), m_ws.cipher()).find(ticketId);
    if (!row)
        return row.error();
    if (!*row) {
        TESSERA_TRY(m_ws.refuseHiddenRow(Action::ReadCustomer, "tickets", ticketId));
        return makeError(ErrorCode::NotFound,
                         tr("There is no ticket %1.").arg(ticketId).toStdString());
    }
    return std::move(**row);
}

Status TicketService::apply(storage::TicketRow& row, const TicketChange& change, std::int64_t at) {
    storage::TicketRecord& t = row.record;
    switch (change.step) {
    case TicketStep::Assign: {
        if (!unresolved(t.status))
            return invalid(tr("Only an open ticket can be assigned; reopen it first."));
        const std::int64_t assignee = change.assigneeId.value_or(m_ws.session().userId);
        TESSERA_TRY(checkAssignee(assignee, t.customerId));
        t.assigneeId = assignee;
        t.status = "assigned";
        return {};
    }
    case TicketStep::Respond:
        if (!unresolved(t.status))
            return invalid(tr("Only an open ticket can be responded to; reopen it first."));
        if (!t.firstResponseAt)
            t.firstResponseAt = at;
        return {};
    case TicketStep::Resolve:
        if (!unresolved(t.status))
            return invalid(tr("The ticket is already resolved or closed."));
        if (!t.firstResponseAt)
            t.firstResponseAt = at; // a resolution answers the customer too
        t.resolvedAt = at;
        t.status = "resolved";
        return {};
    case TicketStep::Close:
        if (t.status != "resolved")
            return invalid(tr("Only a resolved ticket can be closed; resolve it first."));
        t.closedAt = at;
        t.status = "closed";
        return {};
    case TicketStep::Reopen:
        if (unresolved(t.status))
            return invalid(tr("The ticket is still open."));
        t.resolvedAt.reset();
        t.closedAt.reset();
        row.reopenedAt = at;
        t.status = t.assigneeId ? "assigned" : "open";
        return {};
    }
    return {};
}

Result<TicketView> TicketService::change(std::int64_t ticketId, const TicketChange& change) {
    auto row = load(ticketId);
    if (!row)
        return row.error();
    TESSERA_TRY(m_ws.authorizeCustomer(Action::RecordActivity, row->record.customerId));
    const std::int64_t notBefore = std::max(
        {row->record.openedAt, row->record.resolvedAt.value_or(0), row->reopenedAt.value_or(0)});
    auto at = checkedInstant(change.at, notBefore, stepLabel(change.step));
    if (!at)
        return at.error();
    auto tx = storage::TransactionGuard::begin(m_ws.db());
    if (!tx)
        return tx.error();
    TESSERA_TRY(apply(*row, change, *at));
    TESSERA_TRY(storage::TicketRepository(m_ws.db(), m_ws.cipher()).updateProgress(*row));
    TESSERA_TRY(StandingService(m_ws).refresh(row->record.customerId));
    TESSERA_TRY(
        m_ws.audit({"ticket.update", "ticket", std::to_string(ticketId), stepKey(change.step)}));
    TESSERA_TRY(tx->commit());
    return find(ticketId);
}

TicketView TicketService::evaluate(storage::TicketRow row, std::int64_t atMs,
                                   const scoring::WarningThresholds& thresholds) const {
    TicketView v;
    v.level = ServiceLevel::evaluate(row.record, thresholds, atMs);
    v.asOf = atMs;
    const storage::TicketRecord& t = row.record;
    if (t.closedAt && *t.closedAt <= atMs)
        v.statusAsOf = "closed";
    else if (v.level.resolved)
        v.statusAsOf = "resolved";
    else if (v.level.responded)
        v.statusAsOf = "responded";
    else
        v.statusAsOf = t.assigneeId ? "assigned" : "open";
    if (v.level.escalated)
        v.escalatedTo = row.supervisor;
    v.row = std::move(row);
    return v;
}

Result<TicketView> TicketService::find(std::int64_t ticketId, std::optional<std::int64_t> asOf) {
    auto row = load(ticketId);
    if (!row)
        return row.error();
    TESSERA_TRY(m_ws.authorizeCustomer(Action::ReadCustomer, row->record.customerId));
    auto profile = ProfileService(m_ws).current();
    if (!profile)
        return profile.error();
    return evaluate(std::move(*row), asOf.value_or(m_ws.nowMs()), profile->parameters.warnings);
}

Result<std::vector<TicketView>> TicketService::list(const TicketFilter& filter) {
    if (filter.customerId)
        TESSERA_TRY(m_ws.authorizeCustomer(Action::ReadCustomer, *filter.customerId));
    else
        TESSERA_TRY(m_ws.authorize(Action::ListCustomers));
    auto profile = ProfileService(m_ws).current();
    if (!profile)
        return profile.error();
    const std::int64_t asOf = filter.asOf.value_or(m_ws.nowMs());
    storage::TicketQuery query;
    query.customerId = filter.customerId;
    query.owners = AccessPolicy::visibleOwners(m_ws.session());
    query.openedBefore = asOf; // a ticket opened later did not exist yet
    auto rows = storage::TicketRepository(m_ws.db(), m_ws.cipher()).list(query);
    if (!rows)
        return rows.error();
    std::vector<TicketView> out;
    for (storage::TicketRow& row : *rows) {
        TicketView v = evaluate(std::move(row), asOf, profile->parameters.warnings);
        if (filter.unresolvedOnly && (v.statusAsOf == "resolved" || v.statusAsOf == "closed"))
            continue;
        if (AccessPolicy::masksPersonalData(m_ws.session()))
            v.row.record.description.reset();
        out.push_back(std::move(v));
    }
    return out;
}

Result<std::int64_t> TicketService::recordSatisfaction(std::int64_t ticketId, int csat,
                                                       const std::optional<std::string>& comment) {
    if (csat < 1 || csat > 5)
        return invalid(tr("A satisfaction score (CSAT) is 1 to 5, not %1.").arg(csat));
    auto row = load(ticketId);
    if (!row)
        return row.error();
    TESSERA_TRY(m_ws.authorizeCustomer(Action::RecordActivity, row->record.customerId));
    if (row->record.status != "closed")
        return invalid(
            tr("The satisfaction check follows the closing of a ticket; close it first."));
    auto tx = storage::TransactionGuard::begin(m_ws.db());
    if (!tx)
        return tx.error();
    storage::SurveyResponseRecord r;
    r.customerId = row->record.customerId;
    r.day = m_ws.calendar().dayOf(m_ws.nowMs());
    r.csat = csat;
    r.touchpointId = row->record.touchpointId;
    r.comment = comment;
    auto id = storage::SurveyRepository(m_ws.db(), m_ws.cipher())
                  .insert(r, {ticketId, m_ws.session().userId, m_ws.nowMs()});
    if (!id)
        return id.error();
    TESSERA_TRY(StandingService(m_ws).refresh(row->record.customerId));
    TESSERA_TRY(m_ws.audit({"ticket.satisfaction", "ticket", std::to_string(ticketId),
                            "csat " + std::to_string(csat)}));
    TESSERA_TRY(tx->commit());
    return *id;
}

} // namespace tessera::domain
