#pragma once

// What the in-process benchmarks share: signing in to a database file (the
// sign-in stays out of the timings) and timing a step repeatedly, printing
// its median and slowest run. Nothing here asserts a timing.

#include "domain/workspace/Workspace.h"

#include <QString>
#include <functional>
#include <memory>

namespace tessera::bench {

// Opens `path` and signs in; exits the program with a message on failure.
std::unique_ptr<domain::Workspace> signIn(const QString& path, const QString& user,
                                          const QString& password);

// Runs `step` `repeat` times (it returns false on failure, which exits);
// prints "what: median X ms, slowest Y ms (N runs)" and returns the median.
double measure(const char* what, int repeat, const std::function<bool(int)>& step);

} // namespace tessera::bench
