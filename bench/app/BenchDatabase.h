#pragma once

// A synthetic database for the portfolio benchmark: N customers (names,
// industries, regions, owners, stages, tags) loaded through ImportService, the
// way a real customer file would arrive, plus purchases for the first ones.

#include "domain/workspace/Workspace.h"

#include <memory>
#include <string>

namespace tessera::bench {

inline constexpr const char* kBenchAdminPassword = "bench-password";

// Creates `path` with `customers` customers; fails if the file exists.
Result<std::unique_ptr<domain::Workspace>> createBenchDatabase(const std::string& path,
                                                               std::int64_t customers);

} // namespace tessera::bench
