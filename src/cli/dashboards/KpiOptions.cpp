#include "cli/dashboards/KpiOptions.h"

#include "domain/admin/UserService.h"

namespace tessera::cli {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(PopulationOptions)
};

} // namespace

Result<domain::KpiRequest> kpiRequestFor(const std::string& period, const std::string& tier) {
    auto parsed = domain::KpiPeriod::parse(period);
    if (!parsed)
        return parsed.error();
    domain::KpiRequest request;
    request.period = *parsed;
    if (!tier.empty())
        request.tier = tier;
    return request;
}

void PopulationOptions::addTo(CLI::App& command) {
    command.add_option("--tier", tier, Text::tr("Only customers of this tier").toStdString())
        ->option_text("TIER");
    command.add_option("--team", team, Text::tr("Only this supervisor's team").toStdString())
        ->option_text("SUPERVISOR");
    command.add_option("--owner", owner, Text::tr("Only this owner's portfolio").toStdString())
        ->option_text("USER");
}

Status PopulationOptions::resolve(domain::Workspace& ws,
                                  std::optional<std::int64_t>& teamSupervisor,
                                  std::optional<std::int64_t>& ownerId) const {
    domain::UserService users(ws);
    for (auto [name, field] : {std::pair{&team, &teamSupervisor}, std::pair{&owner, &ownerId}}) {
        if (name->empty())
            continue;
        auto id = users.idOf(*name);
        if (!id)
            return id.error();
        *field = *id;
    }
    return {};
}

} // namespace tessera::cli
