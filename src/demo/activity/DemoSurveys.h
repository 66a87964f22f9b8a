#pragma once

// Survey responses of a demo customer. About a third of customers answer, the
// loyal ones more often. A full response has three items on each of the five
// CRMV dimensions (1..7), likelihood to recommend (0..10), CSAT (1..5) and CES
// (1..7, higher meaning easier); a short pulse after a ticket has only the last
// three. Answers rise with the customer's value, with noise, and how much each
// dimension drives the recommendation differs by kind of buyer, so the
// per-segment CRMV weights of scoring.md have something to find.

#include "demo/DemoProfile.h"
#include "storage/activity/ActivityRecords.h"

#include <span>
#include <vector>

namespace tessera::domain {

// Appends the customer's responses to `out` in day order (ids are left for the
// writer to assign).
void generateSurveys(const DemoContext& context, const DemoProfile& profile,
                     std::span<const storage::TransactionRecord> transactions,
                     std::span<const storage::TicketRecord> tickets, SeededRandom& random,
                     std::vector<storage::SurveyResponseRecord>& out);

} // namespace tessera::domain
