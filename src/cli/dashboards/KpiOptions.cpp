#include "cli/dashboards/KpiOptions.h"

namespace tessera::cli {

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

} // namespace tessera::cli
