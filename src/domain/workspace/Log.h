#pragma once

// Tessera's log: a rotating file in the platform's app-data location
// (~/.local/share/Tessera/Tessera/logs/tessera.log on Linux), written by the
// GUI and the CLI alike, and standard error as well for `tessera-cli --verbose`.
//
// What may be logged (docs/contributing.md): user ids, actions, record ids,
// counts, durations and error codes. Never names, phones, emails, ID numbers,
// addresses or note text, and never an error's message (it may quote a value
// from a file). Until start() runs, lines go nowhere, so tests and benchmarks
// that never start the log print nothing extra.

#include "common/Result.h"

#include <QString>
#include <spdlog/logger.h>
#include <string>

namespace tessera::domain::log {

struct LogOptions {
    std::string program; // "tessera" or "tessera-cli": named on each line
    bool toStandardError = false;
    QString folder; // empty: the platform's app-data location + /logs
};

// Opens the log file (creating its folder); every later line goes there. A log
// that cannot be opened is not fatal: the program runs on without one.
Status start(const LogOptions& options);
// The folder the log file is in (whether or not it exists yet).
QString folder();
// Writes what is buffered: before a process exits or a test reads the file.
void flush();

// The logger every layer writes through.
spdlog::logger& logger();

// The stable name of an error code, for log lines ("invalid-argument").
const char* codeName(ErrorCode code);

} // namespace tessera::domain::log
