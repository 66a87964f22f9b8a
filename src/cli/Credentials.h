#pragma once

// Where tessera-cli gets passwords: an environment variable for automation,
// otherwise a prompt on the terminal without echo.

#include "common/Result.h"

#include <string>

namespace tessera::cli {

// The signed-in user's password: TESSERA_PASSWORD, else a prompt.
Result<std::string> currentPassword(const std::string& username);

// A new password (for a new user or a change): the variable `envName`, else a
// prompt asked twice.
Result<std::string> newPassword(const char* envName, const std::string& forWhom);

} // namespace tessera::cli
