// dashboard_bench --db FILE [--user USER] [--period P] [--repeat N]: the
// supervisor dashboards at scale, in process (no sign-in in the timings).
// Prints, each as the median and the slowest of its runs:
// - the company dashboard's figures as the Dashboards tab computes them on
//   opening (DashboardService::build: the period by owner, the previous
//   period, revenue by tier, targets and alerts, the trends, the key
//   drivers, the campaigns' return);
// - a filter change (the same with a tier chosen);
// - the KPIs of the period by owner alone, what `tessera-cli kpi --by owner`
//   computes (bench/kpi_vs_peer.sh times the command against pandas).
// Reads only. Nothing here asserts a timing.

#include "BenchSession.h"
#include "domain/dashboards/DashboardService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

using namespace tessera;

int main(int argc, char** argv) {
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    const bench::PeriodBenchOptions options = bench::parsePeriodBenchOptions(application, parser);
    auto ws = bench::signIn(options.db, options.user, options.password);
    auto period = domain::KpiPeriod::parse(options.period.toStdString());
    if (!period) {
        std::fprintf(stderr, "%s\n", period.error().message.c_str());
        return 2;
    }
    const int repeat = options.repeat;
    domain::KpiRequest company;
    company.period = *period;
    company.grouping = storage::KpiGrouping::Owner;
    domain::DashboardService dashboards(*ws);
    std::size_t responses = 0;
    bench::measure("company dashboard, all figures", repeat, [&](int) {
        auto d = dashboards.build(company);
        if (!d)
            std::fprintf(stderr, "dashboard: %s\n", d.error().message.c_str());
        else
            responses = static_cast<std::size_t>(d->current.total.responses);
        return d.ok();
    });
    std::printf("  (%zu survey responses in %s)\n", responses, period->label().c_str());
    domain::KpiRequest gold = company;
    gold.tier = "Gold";
    bench::measure("filter change (tier Gold), all figures", repeat, [&](int) {
        auto d = dashboards.build(gold);
        if (!d)
            std::fprintf(stderr, "dashboard: %s\n", d.error().message.c_str());
        return d.ok();
    });
    bench::measure("KPIs by owner (kpi --by owner, in process)", repeat, [&](int) {
        auto r = domain::KpiService(*ws).compute(company);
        if (!r)
            std::fprintf(stderr, "kpi: %s\n", r.error().message.c_str());
        return r.ok();
    });
    return 0;
}
