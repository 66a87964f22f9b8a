#pragma once

// The options the dashboard and journey commands share: --period and the
// population (--tier, --team, --owner), read into the domain's requests.
// Bad text is refused before signing in; user names after.

#include "domain/kpi/KpiService.h"

#include <CLI/CLI.hpp>
#include <string>

namespace tessera::cli {

Result<domain::KpiRequest> kpiRequestFor(const std::string& period, const std::string& tier);

// Whose customers a figure covers.
struct PopulationOptions {
    std::string tier;
    std::string team;  // a supervisor's user name
    std::string owner; // an owner's user name

    void addTo(CLI::App& command);
    // The team's supervisor and the owner as user ids (nullopt when not given).
    Status resolve(domain::Workspace& ws, std::optional<std::int64_t>& teamSupervisor,
                   std::optional<std::int64_t>& owner) const;
};

} // namespace tessera::cli
