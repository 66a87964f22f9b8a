#include "demo/activity/DemoTickets.h"

#include "demo/DemoPhrases.h"

#include <array>
#include <cmath>

namespace tessera::domain {
namespace {

constexpr std::int64_t kHourMs = 3600 * 1000;
constexpr double kComplaintTicketShare = 0.9;
constexpr double kRequestTicketShare = 0.06; // inbound calls, messages, e-mails
constexpr double kUnansweredShare = 0.02;    // tickets nobody answered yet
constexpr double kStuckShare = 0.03;         // tickets nobody resolves
constexpr double kDescriptionShare = 0.4;

struct Escalation {
    const char* level;
    double complaintShare;
    double requestShare;
    double responseHours;   // median time to the first response
    double resolutionHours; // median time from first response to resolution
};

constexpr std::array<Escalation, 3> kEscalations = {{
    {"immediate", 0.15, 0.03, 0.7, 6},
    {"24h", 0.45, 0.27, 3, 16},
    {"72h", 0.40, 0.70, 7, 36},
}};

const Escalation& drawEscalation(bool complaint, SeededRandom& random) {
    double r = random.uniform();
    for (const Escalation& e : kEscalations) {
        r -= complaint ? e.complaintShare : e.requestShare;
        if (r < 0)
            return e;
    }
    return kEscalations.back();
}

std::int64_t hoursLater(std::int64_t at, double hours) {
    return at + static_cast<std::int64_t>(hours * static_cast<double>(kHourMs));
}

// Response, resolution and closing as far as they happened before the data ends.
void settleTimes(const DemoContext& c, const Escalation& e, SeededRandom& random,
                 storage::TicketRecord& t) {
    const std::int64_t end = c.endInstant();
    const std::int64_t responded = hoursLater(t.openedAt, random.logNormal(e.responseHours, 1.1));
    if (responded >= end || random.chance(kUnansweredShare))
        return; // still waiting for a first response: open
    t.firstResponseAt = responded;
    t.status = "assigned";
    const std::int64_t resolved = hoursLater(responded, random.logNormal(e.resolutionHours, 1.0));
    if (resolved >= end || random.chance(kStuckShare))
        return;
    t.resolvedAt = resolved;
    t.status = "resolved";
    const std::int64_t closed = hoursLater(resolved, random.between(1, 72));
    if (closed < end && random.chance(0.9)) {
        t.closedAt = closed;
        t.status = "closed";
    }
}

std::optional<std::int64_t> assignee(const DemoContext& c, const DemoProfile& p,
                                     SeededRandom& random) {
    if (p.ownerId)
        return p.ownerId;
    const auto& team =
        c.teams[static_cast<std::size_t>(p.chinese ? DemoTeam::China : DemoTeam::International)];
    if (team.empty())
        return std::nullopt;
    return team[static_cast<std::size_t>(random.below(static_cast<std::int64_t>(team.size())))]
        .userId;
}

storage::TicketRecord makeTicket(const DemoContext& c, const DemoProfile& p,
                                 const storage::InteractionRecord& origin, bool complaint,
                                 SeededRandom& random) {
    storage::TicketRecord t;
    t.openedAt = origin.at;
    t.isComplaint = complaint;
    const auto subject = demophrases::ticketSubject(complaint, p.language(), random);
    t.category = subject.category;
    t.subject = subject.subject;
    t.touchpointId = origin.touchpointId;
    if (random.chance(kDescriptionShare))
        t.description = demophrases::note(p.language(), random);
    const Escalation& escalation = drawEscalation(complaint, random);
    t.escalation = escalation.level;
    settleTimes(c, escalation, random, t);
    if (t.status != "open" || random.chance(0.5))
        t.assigneeId = assignee(c, p, random);
    return t;
}

bool isRequest(const storage::InteractionRecord& r) {
    return r.direction == "inbound" &&
           (r.kind == "call" || r.kind == "message" || r.kind == "email");
}

} // namespace

void generateTickets(const DemoContext& c, const DemoProfile& p,
                     std::span<const storage::InteractionRecord> interactions, SeededRandom& random,
                     std::vector<storage::TicketRecord>& out) {
    for (const storage::InteractionRecord& r : interactions) {
        if (r.kind == "complaint" && random.chance(kComplaintTicketShare))
            out.push_back(makeTicket(c, p, r, true, random));
        else if (isRequest(r) && random.chance(kRequestTicketShare))
            out.push_back(makeTicket(c, p, r, false, random));
    }
}

} // namespace tessera::domain
