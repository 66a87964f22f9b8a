#pragma once

// Parsing of the date and window options shared by scoring commands.

#include "common/Result.h"
#include "domain/workspace/Calendar.h"
#include "scoring/ScoringParameters.h"

#include <optional>
#include <string>

namespace tessera::cli {

// yyyy-mm-dd (or the other accepted forms) to a day number.
Result<std::int32_t> parseDayOption(const std::string& option, const std::string& text);
// "yyyy-mm-dd HH:MM" (or with seconds, or a T between) as the database's wall
// clock, to milliseconds since the epoch.
Result<std::int64_t> parseInstantOption(const std::string& option, const std::string& text,
                                        const domain::Calendar& calendar);
// A number of days, or "all".
Result<scoring::WindowSettings> parseWindowOption(const std::string& text);

} // namespace tessera::cli
