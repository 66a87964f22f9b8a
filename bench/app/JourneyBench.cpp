// journey_bench --db FILE [--user USER] [--period P] [--tier T] [--repeat N]:
// the journey map at scale, in process (no sign-in in the timings). Prints,
// each as the median and the slowest of its runs, the whole map (touchpoint
// figures, drop-offs and paths) as the Journeys tab computes it, for
// everyone the user sees and for one tier. Reads only. Nothing here asserts
// a timing.

#include "BenchSession.h"
#include "domain/journeymaps/JourneyService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

using namespace tessera;

int main(int argc, char** argv) {
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption tierOption(QStringLiteral("tier"), QStringLiteral("The one tier"),
                                        QStringLiteral("T"), QStringLiteral("Gold"));
    const bench::PeriodBenchOptions options =
        bench::parsePeriodBenchOptions(application, parser, {tierOption});
    auto ws = bench::signIn(options.db, options.user, options.password);
    auto period = domain::KpiPeriod::parse(options.period.toStdString());
    if (!period) {
        std::fprintf(stderr, "%s\n", period.error().message.c_str());
        return 2;
    }
    const int repeat = options.repeat;
    domain::JourneyRequest everyone;
    everyone.period = *period;
    domain::JourneyService journeys(*ws);
    auto run = [&](const char* what, const domain::JourneyRequest& request) {
        domain::JourneyMap last;
        bench::measure(what, repeat, [&](int) {
            auto map = journeys.compute(request);
            if (!map) {
                std::fprintf(stderr, "journey: %s\n", map.error().message.c_str());
                return false;
            }
            last = std::move(*map);
            return true;
        });
        std::printf("  (%lld customers, %lld interactions in %s, %zu paths)\n",
                    static_cast<long long>(last.customers),
                    static_cast<long long>(last.interactions), period->label().c_str(),
                    last.paths.size());
    };
    run("journey map, everyone in scope", everyone);
    domain::JourneyRequest tier = everyone;
    tier.tier = parser.value(tierOption).toStdString();
    run("journey map, one tier", tier);
    return 0;
}
