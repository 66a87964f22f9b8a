#pragma once

// The JSON (and one-line text) forms of the account manager's day for
// tessera-cli: interactions, tickets, follow-ups, warnings.

#include "cli/JsonWriter.h"
#include "domain/tickets/TicketService.h"
#include "domain/warnings/Warning.h"
#include "domain/workspace/Calendar.h"
#include "storage/activity/FollowUpRepository.h"
#include "storage/activity/InteractionRepository.h"

#include <QJsonObject>

namespace tessera::cli {

QJsonObject interactionJson(const storage::InteractionRow& row, const domain::Calendar& calendar);
QJsonObject ticketJson(const domain::TicketView& ticket, const domain::Calendar& calendar);
QJsonObject followUpJson(const storage::FollowUpRow& row, std::int32_t today);
QJsonObject warningJson(const domain::Warning& warning);
// The same object written into `json`: the form for long lists.
void writeWarningJson(JsonWriter& json, const domain::Warning& warning);

} // namespace tessera::cli
