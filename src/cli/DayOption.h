#pragma once

// Parsing of the date and window options shared by scoring commands.

#include "common/Result.h"
#include "scoring/ScoringParameters.h"

#include <optional>
#include <string>

namespace tessera::cli {

// yyyy-mm-dd (or the other accepted forms) to a day number.
Result<std::int32_t> parseDayOption(const std::string& option, const std::string& text);
// A number of days, or "all".
Result<scoring::WindowSettings> parseWindowOption(const std::string& text);

} // namespace tessera::cli
