#include "domain/followups/FollowUpService.h"

#include "domain/records/CustomerRules.h"
#include "domain/warnings/WarningService.h"
#include "storage/customers/CustomerRepository.h"

#include <algorithm>

namespace tessera::domain {
namespace {

Error invalid(const QString& message) {
    return makeError(ErrorCode::InvalidArgument, message.toStdString());
}

} // namespace

Result<std::int64_t> FollowUpService::add(const FollowUpDraft& d) {
    const std::int32_t today = m_ws.calendar().dayOf(m_ws.nowMs());
    if (d.dueDay < today)
        return invalid(tr("The due date %1 has passed; a follow-up is due today or later.")
                           .arg(Calendar::isoDate(d.dueDay)));
    if (d.note.size() > 500)
        return invalid(tr("A follow-up's note is at most 500 characters long."));
    TESSERA_TRY(m_ws.authorizeCustomer(Action::RecordActivity, d.customerId));
    auto customer = storage::CustomerRepository(m_ws.db(), m_ws.cipher()).findById(d.customerId);
    if (!customer)
        return customer.error();
    if (!*customer)
        return makeError(ErrorCode::NotFound, tr("The customer no longer exists.").toStdString());
    storage::FollowUpRecord r;
    r.customerId = d.customerId;
    r.ownerId = d.assigneeId ? d.assigneeId : (*customer)->ownerId;
    if (!r.ownerId)
        r.ownerId = m_ws.session().userId;
    if (d.assigneeId && *d.assigneeId != m_ws.session().userId) {
        // Someone else's follow-up must be someone who may work on this customer.
        const Session& s = m_ws.session();
        const bool team = std::find(s.team.begin(), s.team.end(), *d.assigneeId) != s.team.end();
        const bool owner = (*customer)->ownerId == d.assigneeId;
        if (s.role != Role::Administrator && !team && !owner) {
            const std::string message =
                tr("You may set follow-ups only for yourself, the customer's account manager or "
                   "your team.")
                    .toStdString();
            (void)m_ws.audit({actionKey(Action::RecordActivity), "customer",
                              std::to_string(d.customerId), message, "refused"});
            return makeError(ErrorCode::PermissionDenied, message);
        }
    }
    r.dueDay = d.dueDay;
    r.note = QString::fromStdString(d.note).trimmed().toStdString();
    r.createdAt = m_ws.nowMs();
    r.createdBy = m_ws.session().userId;
    auto tx = storage::TransactionGuard::begin(m_ws.db());
    if (!tx)
        return tx.error();
    auto id = storage::FollowUpRepository(m_ws.db()).insert(r);
    if (!id)
        return id.error();
    TESSERA_TRY(m_ws.audit({"followup.add", "follow_up", std::to_string(*id),
                            "customer " + std::to_string(d.customerId) + " due " +
                                Calendar::isoDate(d.dueDay).toStdString()}));
    TESSERA_TRY(tx->commit());
    return *id;
}

Result<storage::FollowUpRow> FollowUpService::find(std::int64_t id) {
    auto row = storage::FollowUpRepository(m_ws.db()).find(id);
    if (!row)
        return row.error();
    if (!*row) {
        TESSERA_TRY(m_ws.refuseHiddenRow(Action::ReadCustomer, "follow_ups", id));
        return makeError(ErrorCode::NotFound,
                         tr("There is no follow-up %1.").arg(id).toStdString());
    }
    TESSERA_TRY(m_ws.authorizeCustomer(Action::ReadCustomer, (*row)->record.customerId));
    return std::move(**row);
}

Result<storage::FollowUpRow> FollowUpService::loadForChange(std::int64_t id) {
    auto row = find(id);
    if (!row)
        return row.error();
    TESSERA_TRY(m_ws.authorizeCustomer(Action::RecordActivity, row->record.customerId));
    if (row->record.doneAt)
        return invalid(tr("Follow-up %1 is already done.").arg(id));
    return row;
}

Status FollowUpService::complete(std::int64_t id) {
    auto row = loadForChange(id);
    if (!row)
        return row.error();
    auto tx = storage::TransactionGuard::begin(m_ws.db());
    if (!tx)
        return tx.error();
    TESSERA_TRY(storage::FollowUpRepository(m_ws.db()).markDone(id, m_ws.nowMs()));
    TESSERA_TRY(m_ws.audit({"followup.done", "follow_up", std::to_string(id),
                            "customer " + std::to_string(row->record.customerId)}));
    return tx->commit();
}

Status FollowUpService::reschedule(std::int64_t id, std::int32_t dueDay) {
    auto row = loadForChange(id);
    if (!row)
        return row.error();
    if (dueDay < m_ws.calendar().dayOf(m_ws.nowMs()))
        return invalid(tr("The new due date %1 has passed; choose today or later.")
                           .arg(Calendar::isoDate(dueDay)));
    auto tx = storage::TransactionGuard::begin(m_ws.db());
    if (!tx)
        return tx.error();
    TESSERA_TRY(storage::FollowUpRepository(m_ws.db()).reschedule(id, dueDay));
    TESSERA_TRY(m_ws.audit({"followup.reschedule", "follow_up", std::to_string(id),
                            "due " + Calendar::isoDate(dueDay).toStdString()}));
    return tx->commit();
}

Result<std::vector<storage::FollowUpRow>>
FollowUpService::list(std::optional<std::int32_t> dueBy, std::optional<std::int64_t> customerId) {
    if (customerId)
        TESSERA_TRY(m_ws.authorizeCustomer(Action::ReadCustomer, *customerId));
    else
        TESSERA_TRY(m_ws.authorize(Action::ListCustomers));
    storage::FollowUpQuery q;
    q.owners = AccessPolicy::visibleOwners(m_ws.session());
    q.customerId = customerId;
    q.dueBy = dueBy;
    auto rows = storage::FollowUpRepository(m_ws.db()).list(q);
    if (!rows)
        return rows.error();
    if (AccessPolicy::masksPersonalData(m_ws.session()))
        for (auto& row : *rows) {
            row.record.note.clear();
            if (row.customerKind == "person")
                row.customerName = CustomerRules::initials(row.customerName);
        }
    return rows;
}

Result<std::vector<Warning>> FollowUpService::proposals() {
    WarningFilter filter;
    filter.kind = WarningKind::Cadence;
    return WarningService(m_ws).list(filter);
}

} // namespace tessera::domain
