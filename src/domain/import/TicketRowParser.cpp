#include "domain/import/TicketRowParser.h"

#include "domain/import/ImportLoading.h"
#include "domain/import/ImportRowParsers.h"
#include "domain/tickets/ServiceLevel.h"
#include "domain/tickets/TicketService.h"

#include <algorithm>

namespace tessera::domain {
namespace {

QString q(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

bool truthy(std::string_view text) {
    const std::string t = lowered(text);
    return t == "1" || t == "yes" || t == "true" || t == "y" || t == "是";
}

} // namespace

std::string TicketRowParser::instant(const std::string_view text, const QString& what,
                                     std::optional<std::int64_t>& out) const {
    out.reset();
    if (text.empty())
        return {};
    out = parseInstantMs(text, m_calendar);
    if (!out)
        return tr("'%1' is not a date or time for %2; use yyyy-mm-dd hh:mm.")
            .arg(q(text), what)
            .toStdString();
    if (*out > m_now)
        return tr("The %1 time %2 is in the future.").arg(what, q(text)).toStdString();
    return {};
}

std::string TicketRowParser::parse(const SourceRow& source, ParsedTicket& out) const {
    const MappedRow row(m_mapping, source);
    if (std::string problem = row.shapeProblem(); !problem.empty())
        return problem;
    auto field = [&](const char* key) { return row.field(m_mapping.columnOf(key)); };
    storage::TicketRecord& t = out.record;
    t = storage::TicketRecord{};
    out.customerCode = std::string(field("customer"));
    out.touchpointName = std::string(field("touchpoint"));
    if (out.customerCode.empty())
        return tr("The customer code is empty.").toStdString();
    std::optional<std::int64_t> opened;
    if (std::string p = instant(field("opened"), tr("opening"), opened); !p.empty())
        return p;
    if (!opened)
        return tr("When the ticket was opened is missing.").toStdString();
    t.openedAt = *opened;
    t.category = lowered(field("category"));
    const auto& categories = TicketService::categories();
    if (std::find(categories.begin(), categories.end(), t.category) == categories.end())
        return tr("Unknown category '%1' (use quality, attitude, delivery, billing or other).")
            .arg(q(t.category))
            .toStdString();
    t.escalation = lowered(field("level"));
    if (t.escalation.empty())
        t.escalation = "72h";
    if (!ServiceLevel::levelHours(t.escalation))
        return tr("Unknown escalation level '%1' (use immediate, 24h or 72h).")
            .arg(q(t.escalation))
            .toStdString();
    t.subject = std::string(field("subject"));
    if (t.subject.empty() || q(t.subject).size() > 200)
        return tr("A ticket needs a subject of 1 to 200 characters.").toStdString();
    if (const std::string_view d = field("description"); !d.empty())
        t.description = std::string(d);
    t.isComplaint = truthy(field("complaint"));
    out.assignee = std::string(field("assignee"));
    if (std::string p = instant(field("first_response"), tr("first response"), t.firstResponseAt);
        !p.empty())
        return p;
    if (std::string p = instant(field("resolved"), tr("resolution"), t.resolvedAt); !p.empty())
        return p;
    if (std::string p = instant(field("closed"), tr("closing"), t.closedAt); !p.empty())
        return p;
    for (const auto& when : {t.firstResponseAt, t.resolvedAt, t.closedAt})
        if (when && *when < t.openedAt)
            return tr("A ticket cannot be answered, resolved or closed before it was opened.")
                .toStdString();
    if (t.closedAt && !t.resolvedAt)
        return tr("A closed ticket needs the time it was resolved.").toStdString();
    if (t.closedAt && *t.closedAt < *t.resolvedAt)
        return tr("A ticket cannot be closed before it was resolved.").toStdString();
    if (t.resolvedAt && !t.firstResponseAt)
        t.firstResponseAt = t.resolvedAt; // a resolution answers the customer too
    t.status = t.closedAt             ? "closed"
               : t.resolvedAt         ? "resolved"
               : out.assignee.empty() ? "open"
                                      : "assigned";
    return {};
}

} // namespace tessera::domain
