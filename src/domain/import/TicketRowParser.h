#pragma once

// One row of a tickets file (import tickets) as a ticket, or the reason it is
// rejected: customer, when it was opened, category, escalation level,
// subject, and optionally the description, whether it is a complaint, the
// assignee and when it was first answered, resolved and closed. The status
// follows from those times.

#include "domain/files/RecordReader.h"
#include "domain/import/ImportMapping.h"
#include "domain/workspace/Calendar.h"
#include "storage/activity/ActivityRecords.h"

#include <QCoreApplication>
#include <string>

namespace tessera::domain {

struct ParsedTicket {
    storage::TicketRecord record;
    std::string customerCode;
    std::string assignee;       // user name, '' when none
    std::string touchpointName; // '' when none
};

class TicketRowParser {
    Q_DECLARE_TR_FUNCTIONS(TicketRowParser)

public:
    TicketRowParser(const ImportMapping& mapping, const Calendar& calendar, std::int64_t nowMs)
        : m_mapping(mapping), m_calendar(calendar), m_now(nowMs) {}

    // Empty on success, else the translated reason.
    std::string parse(const SourceRow& row, ParsedTicket& out) const;

private:
    // `what` names the time in the reason ("first response").
    std::string instant(const std::string_view text, const QString& what,
                        std::optional<std::int64_t>& out) const;

    const ImportMapping& m_mapping;
    const Calendar& m_calendar;
    std::int64_t m_now;
};

} // namespace tessera::domain
