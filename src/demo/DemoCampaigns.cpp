#include "demo/DemoCampaigns.h"

#include "domain/admin/UserService.h"
#include "domain/campaigns/CampaignService.h"
#include "domain/kpi/KpiTargets.h"

namespace tessera::domain {

Result<int> DemoCampaigns::add(Workspace& ws, std::int32_t endDay) {
    auto users = UserService(ws).list();
    if (!users)
        return users.error();
    std::vector<std::string> managers;
    for (const auto& u : *users)
        if (u.role == Role::AccountManager && u.active)
            managers.push_back(u.username);
    // The quarter and month the history ends in, and the quarter before.
    const KpiPeriod month = KpiPeriod::containing(KpiPeriod::Kind::Month, endDay);
    const KpiPeriod quarter = KpiPeriod::containing(KpiPeriod::Kind::Quarter, endDay).previous();
    struct Plan {
        const char* name;
        const char* kind;
        double costPerCustomer;
        int firstOffset; // days after the quarter's first day
        int length;
    };
    const Plan plans[] = {
        {"Summer loyalty bonus", "campaign", 12.0, 0, 31},
        {"Key account review meetings", "investment", 40.0, 14, 45},
        {"Autumn upgrade offer", "campaign", 8.0, 61, 30},
        {"Service recovery calls", "investment", 25.0, 30, 60},
    };
    CampaignService campaigns(ws);
    int made = 0;
    for (std::size_t i = 0; i < std::size(plans) && i < managers.size(); ++i) {
        const Plan& p = plans[i];
        CampaignDraft d;
        d.name = p.name;
        d.kind = p.kind;
        d.startDay = quarter.firstDay() + p.firstOffset;
        d.endDay = std::min(d.startDay + p.length - 1, endDay);
        d.targetKind = "owner";
        d.targetValue = managers[i];
        auto id = campaigns.add(d);
        if (!id)
            return id.error();
        // The cost follows the portfolio's size, as a per-customer budget would.
        auto saved = campaigns.find(*id);
        if (!saved)
            return saved.error();
        d.cost = p.costPerCustomer * static_cast<double>(saved->customers);
        TESSERA_TRY(campaigns.update(*id, d));
        ++made;
    }
    KpiTargets targets(ws);
    for (const KpiPeriod& period : {quarter, month}) {
        TESSERA_TRY(targets.set("nps", period, 30));
        TESSERA_TRY(targets.set("csat", period, 0.8));
        TESSERA_TRY(targets.set("ces", period, 3.0));
        TESSERA_TRY(targets.set("retention_rate", period, 0.6));
        TESSERA_TRY(targets.set("resolution_rate", period, 0.95));
    }
    return made;
}

} // namespace tessera::domain
