#pragma once

// A customer named on the command line: by code, or by internal id.

#include "common/Result.h"
#include "domain/workspace/Workspace.h"

#include <string>

namespace tessera::cli {

Result<std::int64_t> customerIdFor(domain::Workspace& ws, const std::string& codeOrId);

} // namespace tessera::cli
