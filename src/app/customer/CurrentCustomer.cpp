#include "app/customer/CurrentCustomer.h"

#include "app/common/Text.h"
#include "app/customer/CustomerPanel.h"

#include <QCoreApplication>

namespace tessera::app {

QString currentCustomerName(const WorkspaceContext& context, std::int64_t customerId) {
    CustomerPanel* panel = context.customerPanel();
    if (panel && panel->customer() && panel->customer()->record.id == customerId)
        return qs(panel->customer()->record.name);
    return QCoreApplication::translate("CurrentCustomer", "customer %1").arg(customerId);
}

} // namespace tessera::app
