#pragma once

// What the in-process benchmarks share: signing in to a database file (the
// sign-in stays out of the timings) and timing a step repeatedly, printing
// its median and slowest run. Nothing here asserts a timing.

#include "domain/workspace/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <functional>
#include <memory>

namespace tessera::bench {

// The options of a bench over a period: --db FILE, --user (admin),
// --password (the demo's), --period (2026Q3), --repeat (5), and `extra`.
// Parses the command line (help and bad options exit); the caller reads
// `extra` from `parser`.
struct PeriodBenchOptions {
    QString db;
    QString user;
    QString password;
    QString period;
    int repeat = 5;
};
PeriodBenchOptions parsePeriodBenchOptions(const QCoreApplication& application,
                                           QCommandLineParser& parser,
                                           const QList<QCommandLineOption>& extra = {});

// Opens `path` and signs in; exits the program with a message on failure.
std::unique_ptr<domain::Workspace> signIn(const QString& path, const QString& user,
                                          const QString& password);

// Runs `step` `repeat` times (it returns false on failure, which exits);
// prints "what: median X ms, slowest Y ms (N runs)" and returns the median.
double measure(const char* what, int repeat, const std::function<bool(int)>& step);

} // namespace tessera::bench
