#pragma once

// The --period and --tier options the dashboard commands share, read into
// the domain's request (bad text is refused before signing in).

#include "domain/kpi/KpiService.h"

#include <string>

namespace tessera::cli {

Result<domain::KpiRequest> kpiRequestFor(const std::string& period, const std::string& tier);

} // namespace tessera::cli
