#include "domain/myday/MyDayService.h"

#include "domain/followups/FollowUpService.h"
#include "domain/records/CustomerRules.h"
#include "domain/scoring/ProfileService.h"
#include "domain/tickets/TicketService.h"
#include "domain/warnings/WarningService.h"
#include "storage/admin/AuditRepository.h"
#include "storage/scoring/ScoringRepository.h"
#include "storage/warnings/WarningRepository.h"

#include <algorithm>
#include <limits>

namespace tessera::domain {
namespace {

QString q(const std::string& text) {
    return QString::fromStdString(text);
}

MyDayItem itemFor(MyDaySection section, const storage::WarningCustomer& c) {
    MyDayItem item;
    item.section = section;
    item.customerId = c.id;
    item.code = c.code;
    item.name = c.name;
    item.ownerId = c.ownerId;
    item.owner = c.ownerUsername;
    item.ownerName = c.ownerDisplayName;
    return item;
}

MyDayItem itemFor(MyDaySection section, const Warning& w) {
    MyDayItem item;
    item.section = section;
    item.customerId = w.customerId;
    item.code = w.code;
    item.name = w.name;
    item.ownerId = w.ownerId;
    item.owner = w.owner;
    item.ownerName = w.ownerName;
    item.text = w.reason;
    item.day = w.sinceDay;
    return item;
}

} // namespace

QString myDaySectionLabel(MyDaySection section) {
    switch (section) {
    case MyDaySection::FollowUps: return MyDayService::tr("Follow-ups due");
    case MyDaySection::Tickets: return MyDayService::tr("Tickets near or past their targets");
    case MyDaySection::NewWarnings:
        return MyDayService::tr("New warnings since you last signed in");
    case MyDaySection::TierChanges:
        return MyDayService::tr("Tier changes since the previous scoring run");
    case MyDaySection::Cadence: return MyDayService::tr("Customers past their contact cadence");
    }
    return {};
}

std::size_t MyDay::count(MyDaySection section) const {
    return static_cast<std::size_t>(std::count_if(
        items.begin(), items.end(), [&](const MyDayItem& i) { return i.section == section; }));
}

Status MyDayService::addFollowUps(MyDay& day) {
    auto rows = FollowUpService(m_ws).list(day.today);
    if (!rows)
        return rows.error();
    for (const storage::FollowUpRow& row : *rows) {
        MyDayItem item;
        item.section = MyDaySection::FollowUps;
        item.customerId = row.record.customerId;
        item.code = row.customerCode;
        item.name = row.customerName;
        item.ownerId = row.record.ownerId;
        item.owner = row.assignee;
        // The display name, as the other sections have it: a supervisor's
        // My Day groups each person's items once.
        item.ownerName = row.assigneeDisplayName;
        item.day = row.record.dueDay;
        item.urgent = row.record.dueDay < day.today;
        item.followUpId = row.record.id;
        const QString note = q(row.record.note);
        item.text = (item.urgent ? tr("Overdue since %1").arg(Calendar::isoDate(row.record.dueDay))
                                 : tr("Due today"))
                        .toStdString() +
                    (note.isEmpty() ? std::string() : ": " + row.record.note);
        day.items.push_back(std::move(item));
    }
    return {};
}

Status MyDayService::addTickets(MyDay& day) {
    TicketFilter filter;
    filter.unresolvedOnly = true;
    auto tickets = TicketService(m_ws).list(filter);
    if (!tickets)
        return tickets.error();
    const bool masks = AccessPolicy::masksPersonalData(m_ws.session());
    for (const TicketView& v : *tickets) {
        const ServiceLevelStatus& s = v.level;
        const bool late = s.firstResponseLate || s.resolutionLate;
        if (!late && !s.nearTarget)
            continue;
        MyDayItem item;
        item.section = MyDaySection::Tickets;
        item.customerId = v.row.record.customerId;
        item.code = v.row.customerCode;
        item.name = masks && v.row.customerKind == "person"
                        ? CustomerRules::initials(v.row.customerName)
                        : v.row.customerName;
        item.ownerId = v.row.ownerId;
        item.owner = v.row.owner;
        item.ownerName = v.row.ownerName;
        item.day = m_ws.calendar().dayOf(v.row.record.openedAt);
        item.urgent = late;
        item.ticketId = v.row.record.id;
        const QString subject = q(v.row.record.subject);
        QString text;
        if (s.firstResponseLate && !s.responded)
            text = tr("Ticket %1 (%2): no response yet, due %3")
                       .arg(v.row.record.id)
                       .arg(subject, m_ws.calendar().wallClock(s.firstResponseDue,
                                                               QStringLiteral("yyyy-MM-dd HH:mm")));
        else if (s.resolutionLate)
            text = tr("Ticket %1 (%2): not resolved, due %3")
                       .arg(v.row.record.id)
                       .arg(subject, m_ws.calendar().wallClock(s.resolutionDue,
                                                               QStringLiteral("yyyy-MM-dd HH:mm")));
        else
            text = tr("Ticket %1 (%2): due soon").arg(v.row.record.id).arg(subject);
        if (!v.escalatedTo.empty())
            text += tr("; escalated to %1").arg(q(v.escalatedTo));
        item.text = text.toStdString();
        day.items.push_back(std::move(item));
    }
    return {};
}

Status MyDayService::addWarnings(MyDay& day) {
    auto warnings = WarningService(m_ws).list({});
    if (!warnings)
        return warnings.error();
    // New: begun on or after the day of the previous sign-in (all, the first time).
    const std::int32_t since = day.previousSignIn ? m_ws.calendar().dayOf(*day.previousSignIn)
                                                  : std::numeric_limits<std::int32_t>::min();
    for (const Warning& w : *warnings) {
        if (w.kind == WarningKind::Cadence) {
            day.items.push_back(itemFor(MyDaySection::Cadence, w));
            continue;
        }
        // Overdue follow-ups and late tickets have their own sections.
        if (w.kind == WarningKind::FollowUp || w.kind == WarningKind::FirstResponseLate ||
            w.kind == WarningKind::ResolutionLate || w.sinceDay < since)
            continue;
        MyDayItem item = itemFor(MyDaySection::NewWarnings, w);
        item.text = (warningKindLabel(w.kind) + QStringLiteral(": ") + q(w.reason)).toStdString();
        day.items.push_back(std::move(item));
    }
    return {};
}

Status MyDayService::addTierChanges(MyDay& day) {
    auto runs = storage::ScoringRepository(m_ws.db()).runs(2);
    if (!runs)
        return runs.error();
    if (runs->size() < 2)
        return {};
    const storage::ScoringRunRecord& newest = (*runs)[0];
    const storage::ScoringRunRecord& previous = (*runs)[1];
    storage::WarningRepository repository(m_ws.db());
    auto changes = storage::collectFacts<storage::ScoreChangeFact>([&](const auto& sink) {
        return repository.scoreChanges(previous.id, newest.id,
                                       std::numeric_limits<double>::infinity(),
                                       AccessPolicy::visibleOwners(m_ws.session()), sink);
    });
    if (!changes)
        return changes.error();
    const bool masks = AccessPolicy::masksPersonalData(m_ws.session());
    for (const storage::ScoreChangeFact& f : *changes) {
        if (f.fromTier == f.toTier)
            continue;
        MyDayItem item = itemFor(MyDaySection::TierChanges, f.customer);
        if (masks && f.customer.kind == "person")
            item.name = CustomerRules::initials(item.name);
        item.day = newest.asOfDay;
        item.text = tr("%1 → %2 (RFMS %3 → %4)")
                        .arg(q(f.fromTier), q(f.toTier))
                        .arg(f.fromRfms, 0, 'f', 1)
                        .arg(f.toRfms, 0, 'f', 1)
                        .toStdString();
        day.items.push_back(std::move(item));
    }
    return {};
}

Result<MyDay> MyDayService::build(const JobControl& job) {
    TESSERA_TRY(m_ws.authorize(Action::ListCustomers));
    MyDay day;
    day.today = m_ws.calendar().dayOf(m_ws.nowMs());
    day.team = m_ws.session().role != Role::AccountManager;
    storage::AuditFilter logins;
    logins.userId = m_ws.session().userId;
    logins.action = "login";
    logins.to = m_ws.session().signedInAt; // before this session's own sign-in
    logins.limit = 20;
    auto rows = storage::AuditRepository(m_ws.db()).list(logins);
    if (!rows)
        return rows.error();
    for (const auto& row : *rows)
        if (row.outcome == "ok" && (!day.previousSignIn || row.at > *day.previousSignIn))
            day.previousSignIn = row.at;
    job.report(0, tr("Follow-ups").toStdString());
    TESSERA_TRY(addFollowUps(day));
    job.report(20, tr("Tickets").toStdString());
    TESSERA_TRY(addTickets(day));
    TESSERA_TRY(job.checkCancelled());
    job.report(40, tr("Warnings").toStdString());
    TESSERA_TRY(addWarnings(day));
    TESSERA_TRY(job.checkCancelled());
    job.report(80, tr("Tier changes").toStdString());
    TESSERA_TRY(addTierChanges(day));
    std::stable_sort(day.items.begin(), day.items.end(),
                     [](const MyDayItem& a, const MyDayItem& b) {
                         if (a.section != b.section)
                             return a.section < b.section;
                         // Follow-ups and tickets oldest first (most overdue on
                         // top); warnings and tier changes newest first.
                         const bool newestFirst = a.section == MyDaySection::NewWarnings ||
                                                  a.section == MyDaySection::TierChanges;
                         if (a.day != b.day)
                             return newestFirst ? a.day > b.day : a.day < b.day;
                         return a.code < b.code;
                     });
    job.report(100, tr("Done").toStdString());
    return day;
}

} // namespace tessera::domain
