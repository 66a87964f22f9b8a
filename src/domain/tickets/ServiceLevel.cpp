#include "domain/tickets/ServiceLevel.h"

namespace tessera::domain {
namespace {

bool happenedBy(const std::optional<std::int64_t>& when, std::int64_t atMs) {
    return when && *when <= atMs;
}

} // namespace

std::optional<int> ServiceLevel::levelHours(std::string_view level) {
    if (level == "immediate")
        return 0;
    if (level == "24h")
        return 24;
    if (level == "72h")
        return 72;
    return std::nullopt;
}

ServiceLevelStatus ServiceLevel::evaluate(const storage::TicketRecord& t,
                                          const scoring::WarningThresholds& thresholds,
                                          std::int64_t atMs, int nearHours) {
    ServiceLevelStatus s;
    s.firstResponseDue = t.openedAt + thresholds.ticketFirstResponseHours * kHourMs;
    s.resolutionDue = t.openedAt + thresholds.ticketResolutionHours * kHourMs;
    s.escalationAt = t.openedAt + levelHours(t.escalation).value_or(72) * kHourMs;
    // A resolution answers the customer too.
    std::optional<std::int64_t> response = t.firstResponseAt;
    if (!response || (t.resolvedAt && *t.resolvedAt < *response))
        response = t.resolvedAt ? t.resolvedAt : response;
    s.responded = happenedBy(response, atMs);
    s.resolved = happenedBy(t.resolvedAt, atMs);
    s.firstResponseLate = s.responded ? *response > s.firstResponseDue : atMs > s.firstResponseDue;
    s.resolutionLate = s.resolved ? *t.resolvedAt > s.resolutionDue : atMs > s.resolutionDue;
    const bool answeredInTime = happenedBy(response, s.escalationAt);
    const bool levelRanOut = atMs > s.escalationAt && !answeredInTime;
    s.escalated = levelRanOut || s.resolutionLate;
    const std::int64_t near = atMs + nearHours * kHourMs;
    s.nearTarget = (!s.responded && !s.firstResponseLate && near >= s.firstResponseDue) ||
                   (!s.resolved && !s.resolutionLate && near >= s.resolutionDue);
    return s;
}

} // namespace tessera::domain
