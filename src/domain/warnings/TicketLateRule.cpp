#include "domain/warnings/TicketLateRule.h"

#include "domain/tickets/ServiceLevel.h"

namespace tessera::domain {
namespace {

storage::TicketRecord ticketOf(const storage::OpenTicketFact& f) {
    storage::TicketRecord t;
    t.id = f.ticketId;
    t.openedAt = f.openedAt;
    t.escalation = f.level;
    t.firstResponseAt = f.firstResponseAt;
    t.resolvedAt = f.resolvedAt;
    return t;
}

// Tickets unresolved at the as-of instant whose target (first response when
// `firstResponse`, else resolution) has passed; the warning begins on the
// day the target passed.
Result<std::vector<Warning>> lateTickets(storage::WarningRepository& repository,
                                         const WarningInputs& in, bool firstResponse) {
    return warningsFrom<storage::OpenTicketFact>(
        [&](const auto& sink) { return repository.unresolvedTickets(in.asOfMs, in.owners, sink); },
        [&](const storage::OpenTicketFact& f) -> std::optional<Warning> {
            const ServiceLevelStatus s =
                ServiceLevel::evaluate(ticketOf(f), in.thresholds, in.asOfMs);
            const bool late = firstResponse ? !s.responded && s.firstResponseLate
                                            : !s.resolved && s.resolutionLate;
            if (!late)
                return std::nullopt;
            const QString opened =
                in.calendar.wallClock(f.openedAt, QStringLiteral("yyyy-MM-dd HH:mm"));
            if (firstResponse)
                return makeWarning(
                    f.customer, WarningKind::FirstResponseLate,
                    in.calendar.dayOf(s.firstResponseDue),
                    TicketLateRule::tr("Ticket %1 has had no response since %2 (due within %3 "
                                       "hours).")
                        .arg(f.ticketId)
                        .arg(opened)
                        .arg(in.thresholds.ticketFirstResponseHours));
            return makeWarning(
                f.customer, WarningKind::ResolutionLate, in.calendar.dayOf(s.resolutionDue),
                TicketLateRule::tr("Ticket %1, opened %2, is not resolved (due within %3 hours).")
                    .arg(f.ticketId)
                    .arg(opened)
                    .arg(in.thresholds.ticketResolutionHours));
        });
}

} // namespace

Result<std::vector<Warning>> TicketLateRule::firstResponse(storage::WarningRepository& repository,
                                                           const WarningInputs& in) {
    return lateTickets(repository, in, true);
}

Result<std::vector<Warning>> TicketLateRule::resolution(storage::WarningRepository& repository,
                                                        const WarningInputs& in) {
    return lateTickets(repository, in, false);
}

Result<std::vector<Warning>> HealthRule::evaluate(storage::WarningRepository& repository,
                                                  const WarningInputs& in) {
    const int threshold = in.thresholds.healthWarningBelow;
    return warningsFrom<storage::LowHealthFact>(
        [&](const auto& sink) { return repository.lowHealth(threshold, in.owners, sink); },
        [&](const storage::LowHealthFact& f) -> std::optional<Warning> {
            return makeWarning(f.customer, WarningKind::HealthLow, f.sinceDay,
                               tr("Health score %1 is below %2.").arg(f.health).arg(threshold));
        });
}

} // namespace tessera::domain
