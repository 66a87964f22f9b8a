#pragma once

// The name of a customer a capability acts on (the one selected in the
// portfolio), for its dialog's title: from the 360 view when it shows that
// customer, else "customer ID" (no query on the UI thread).

#include "app/common/WorkspaceContext.h"

#include <QString>

namespace tessera::app {

QString currentCustomerName(const WorkspaceContext& context, std::int64_t customerId);

} // namespace tessera::app
