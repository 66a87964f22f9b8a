#pragma once

// A demo customer's touchpoint log: calls, meetings, e-mails, messages,
// complaints, visits and the social kinds (referrals, reviews, shares,
// comments) on every channel, in both directions, most of them placed at a
// journey touchpoint.

#include "demo/DemoProfile.h"
#include "storage/activity/ActivityRecords.h"

#include <span>
#include <vector>

namespace tessera::domain {

// Appends the customer's interactions to `out` in time order; `transactions`
// are the customer's own, from generatePurchases.
void generateInteractions(const DemoContext& context, const DemoProfile& profile,
                          std::span<const storage::TransactionRecord> transactions,
                          SeededRandom& random, std::vector<storage::InteractionRecord>& out);

} // namespace tessera::domain
