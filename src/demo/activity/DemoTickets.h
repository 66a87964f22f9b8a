#pragma once

// Service tickets of a demo customer: most complaints become a complaint
// ticket, and some inbound requests become service tickets. Response and
// resolution times follow the escalation level: most first responses come
// within 24 hours, some late; tickets opened near the end of the data are
// still open or in progress.

#include "demo/DemoProfile.h"
#include "storage/activity/ActivityRecords.h"

#include <span>
#include <vector>

namespace tessera::domain {

// Appends tickets for the customer's `interactions` to `out` in opening order.
void generateTickets(const DemoContext& context, const DemoProfile& profile,
                     std::span<const storage::InteractionRecord> interactions, SeededRandom& random,
                     std::vector<storage::TicketRecord>& out);

} // namespace tessera::domain
