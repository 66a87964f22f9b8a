#include "domain/tickets/ResolutionRates.h"

#include "domain/tickets/TicketService.h"

#include <map>
#include <tuple>

namespace tessera::domain {

Result<std::vector<ResolutionRate>> ResolutionRates::of(Workspace& ws, std::int32_t fromDay,
                                                        std::int32_t toDay) {
    if (toDay < fromDay)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The period ends before it begins.").toStdString());
    auto tickets = TicketService(ws).list({});
    if (!tickets)
        return tickets.error();
    std::map<std::string, ResolutionRate> owners;
    std::map<std::string, ResolutionRate> teams;
    for (const TicketView& v : *tickets) {
        const std::int32_t opened = ws.calendar().dayOf(v.row.record.openedAt);
        if (opened < fromDay || opened > toDay)
            continue;
        const bool resolved = v.level.resolved;
        const bool inTime = resolved && !v.level.resolutionLate;
        const std::string owner =
            v.row.owner.empty() ? tr("(unassigned)").toStdString() : v.row.owner;
        const std::string team = v.row.supervisor.empty() ? owner : v.row.supervisor;
        for (auto [map, key, isTeam] :
             {std::tuple{&owners, owner, false}, std::tuple{&teams, team, true}}) {
            ResolutionRate& r = (*map)[key];
            r.group = key;
            r.team = isTeam;
            ++r.tickets;
            r.resolved += resolved;
            r.resolvedInTime += inTime;
        }
    }
    std::vector<ResolutionRate> out;
    for (auto& [key, r] : owners)
        out.push_back(r);
    for (auto& [key, r] : teams)
        out.push_back(r);
    return out;
}

} // namespace tessera::domain
