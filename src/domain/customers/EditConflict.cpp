#include "domain/customers/EditConflict.h"

#include "domain/customers/CustomerService.h"
#include "storage/admin/AuditRepository.h"
#include "storage/admin/UserRepository.h"

#include <QString>
#include <string>
#include <vector>

namespace tessera::domain {

// Someone saved the customer after it was read: say who and when, from the
// audit log (the row version only says that it changed), so the user knows
// whom to ask before applying their change again.
Error editConflict(Workspace& ws, std::int64_t customerId) {
    static const std::vector<std::string> changes = {
        actionKey(Action::EditCustomer),     actionKey(Action::ReassignCustomer),
        actionKey(Action::ArchiveCustomer),  actionKey(Action::EditConsent),
        actionKey(Action::OverrideStanding), actionKey(Action::MergeCustomers),
        actionKey(Action::EraseCustomer)};
    auto last = storage::AuditRepository(ws.db()).lastCustomerChange(customerId, changes);
    if (last && *last) {
        const storage::AuditRecord& entry = **last;
        QString who = QString::fromStdString(entry.username);
        if (entry.userId)
            if (auto user = storage::UserRepository(ws.db()).findById(*entry.userId); user && *user)
                who = CustomerService::tr("%1 (%2)").arg(
                    QString::fromStdString((*user)->displayName), who);
        return makeError(
            ErrorCode::Conflict,
            CustomerService::tr("%1 changed this customer at %2, after you opened it; nothing "
                                "was overwritten. Reload the customer and apply your change "
                                "again.")
                .arg(who, ws.calendar().wallClock(entry.at, QStringLiteral("yyyy-MM-dd HH:mm")))
                .toStdString());
    }
    return makeError(
        ErrorCode::Conflict,
        CustomerService::tr("Someone changed this customer after you opened it; nothing was "
                            "overwritten. Reload the customer and apply your change again.")
            .toStdString());
}

} // namespace tessera::domain
