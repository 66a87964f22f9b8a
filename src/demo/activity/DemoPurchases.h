#pragma once

// A demo customer's orders and refunds over the data window.

#include "demo/DemoProfile.h"
#include "storage/activity/ActivityRecords.h"

#include <vector>

namespace tessera::domain {

// Appends the customer's transactions to `out` in day order (ids are left for
// the writer to assign) and sums them up.
DemoPurchaseSummary generatePurchases(const DemoContext& context, const DemoProfile& profile,
                                      SeededRandom& random,
                                      std::vector<storage::TransactionRecord>& out);

} // namespace tessera::domain
