#include "cli/activity/ActivityJson.h"

#include "cli/Output.h"

#include <QJsonDocument>

namespace tessera::cli {
namespace {

QJsonValue instant(const std::optional<std::int64_t>& ms, const domain::Calendar& calendar) {
    return ms ? QJsonValue(calendar.isoInstant(*ms)) : QJsonValue();
}

QJsonValue optionalText(const std::optional<std::string>& text) {
    return text ? QJsonValue(qs(*text)) : QJsonValue();
}

QJsonValue nameOrNull(const std::string& name) {
    return name.empty() ? QJsonValue() : QJsonValue(qs(name));
}

} // namespace

QJsonObject interactionJson(const storage::InteractionRow& row, const domain::Calendar& calendar) {
    const storage::InteractionRecord& r = row.record;
    return QJsonObject{{"id", static_cast<qint64>(r.id)},
                       {"customer", qs(row.customerCode)},
                       {"at", calendar.isoInstant(r.at)},
                       {"date", domain::Calendar::isoDate(r.day)},
                       {"channel", qs(r.channel)},
                       {"kind", qs(r.kind)},
                       {"direction", qs(r.direction)},
                       {"touchpoint", nameOrNull(row.touchpoint)},
                       {"outcome", qs(r.outcome)},
                       {"note", optionalText(r.notes)},
                       {"logged_by", nameOrNull(row.username)},
                       {"imported", r.importId.has_value()}};
}

QJsonObject ticketJson(const domain::TicketView& v, const domain::Calendar& calendar) {
    const storage::TicketRecord& t = v.row.record;
    return QJsonObject{{"id", static_cast<qint64>(t.id)},
                       {"customer", qs(v.row.customerCode)},
                       {"subject", qs(t.subject)},
                       {"category", qs(t.category)},
                       {"complaint", t.isComplaint},
                       {"level", qs(t.escalation)},
                       {"status", qs(v.statusAsOf)},
                       {"assignee", nameOrNull(v.row.assignee)},
                       {"owner", nameOrNull(v.row.owner)},
                       {"opened_at", calendar.isoInstant(t.openedAt)},
                       {"first_response_at", instant(t.firstResponseAt, calendar)},
                       {"resolved_at", instant(t.resolvedAt, calendar)},
                       {"closed_at", instant(t.closedAt, calendar)},
                       {"first_response_due", calendar.isoInstant(v.level.firstResponseDue)},
                       {"first_response_late", v.level.firstResponseLate},
                       {"resolution_due", calendar.isoInstant(v.level.resolutionDue)},
                       {"resolution_late", v.level.resolutionLate},
                       {"escalated", v.level.escalated},
                       {"escalated_to", nameOrNull(v.escalatedTo)},
                       {"as_of", calendar.isoInstant(v.asOf)}};
}

QJsonObject followUpJson(const storage::FollowUpRow& row, std::int32_t today) {
    const storage::FollowUpRecord& r = row.record;
    return QJsonObject{{"id", static_cast<qint64>(r.id)},
                       {"customer", qs(row.customerCode)},
                       {"name", qs(row.customerName)},
                       {"due", domain::Calendar::isoDate(r.dueDay)},
                       {"overdue", !r.doneAt && r.dueDay < today},
                       {"done", r.doneAt.has_value()},
                       {"assignee", nameOrNull(row.assignee)},
                       {"note", qs(r.note)}};
}

QJsonObject warningJson(const domain::Warning& w) {
    // Written once, in writeWarningJson, and read back: one definition of the fields.
    JsonWriter json;
    writeWarningJson(json, w);
    return QJsonDocument::fromJson(QByteArray::fromStdString(json.text())).object();
}

void writeWarningJson(JsonWriter& json, const domain::Warning& w) {
    // Keys in alphabetical order, as QJsonObject writes them.
    json.beginObject().key("code").value(w.code).key("customer_id").value(w.customerId);
    json.key("id").value(domain::warningId(w));
    json.key("kind").value(domain::warningKindKey(w.kind)).key("name").value(w.name);
    if (w.ownerId)
        json.key("owner").value(w.owner).key("owner_name").value(w.ownerName);
    else
        json.key("owner").null().key("owner_name").null();
    json.key("reason").value(w.reason).key("since").value(domain::Calendar::isoDay(w.sinceDay));
    json.key("state").value(w.state).endObject();
}

} // namespace tessera::cli
