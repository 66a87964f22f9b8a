// day_bench --db FILE [--manager USER] [--supervisor USER] [--repeat N] [--day-repeat N]: the
// account manager's day at scale, in process (no sign-in in the timings).
// Prints, each as the median and the slowest of its runs:
// - logging one interaction with a customer of the manager, through
//   InteractionService::add (consent, over-contact check, the customer's
//   standing recomputed, then that customer's warnings evaluated again);
// - My Day built for the manager and for the supervisor (MyDayService).
// Writes into FILE: run it on a copy. Nothing here asserts a timing.

#include "BenchSession.h"
#include "domain/customers/CustomerService.h"
#include "domain/interactions/InteractionService.h"
#include "domain/myday/MyDayService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace tessera;

using bench::measure;
using bench::signIn;

int main(int argc, char** argv) {
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database file"),
                                      QStringLiteral("FILE"));
    const QCommandLineOption managerOption(QStringLiteral("manager"),
                                           QStringLiteral("Account manager"),
                                           QStringLiteral("USER"), QStringLiteral("zhang.wei"));
    const QCommandLineOption supervisorOption(QStringLiteral("supervisor"),
                                              QStringLiteral("Supervisor"), QStringLiteral("USER"),
                                              QStringLiteral("zhou.min"));
    const QCommandLineOption passwordOption(QStringLiteral("password"),
                                            QStringLiteral("Their password"),
                                            QStringLiteral("TEXT"), QStringLiteral("tessera-demo"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"),
                                          QStringLiteral("Interactions logged"),
                                          QStringLiteral("N"), QStringLiteral("21"));
    const QCommandLineOption dayRepeatOption(QStringLiteral("day-repeat"),
                                             QStringLiteral("My Day builds, each"),
                                             QStringLiteral("N"), QStringLiteral("5"));
    parser.addOptions(
        {dbOption, managerOption, supervisorOption, passwordOption, repeatOption, dayRepeatOption});
    parser.process(application);
    if (!parser.isSet(dbOption))
        parser.showHelp(2);
    const QString path = parser.value(dbOption);
    const QString password = parser.value(passwordOption);
    const int repeat = std::max(1, parser.value(repeatOption).toInt());
    const int dayRepeat = std::max(1, parser.value(dayRepeatOption).toInt());

    auto manager = signIn(path, parser.value(managerOption), password);
    domain::PortfolioFilter mine;
    mine.limit = 5000;
    auto customers = domain::CustomerService(*manager).queryIds(mine);
    if (!customers || customers->empty()) {
        std::fprintf(stderr, "the manager has no customers\n");
        return 1;
    }
    std::printf("%s: %zu customers listed (first 5000 at most)\n",
                qPrintable(parser.value(managerOption)), customers->size());
    domain::InteractionService log(*manager);
    measure("log an interaction (customer's warnings evaluated again)", repeat, [&](int i) {
        domain::InteractionDraft d;
        d.customerId = (*customers)[static_cast<std::size_t>(i * 97) % customers->size()];
        d.channel = "wechat";
        d.kind = "message";
        d.direction = "inbound";
        d.outcome = "Asked about the delivery date";
        auto logged = log.add(d);
        if (!logged)
            std::fprintf(stderr, "log: %s\n", logged.error().message.c_str());
        return logged.ok();
    });
    std::size_t items = 0;
    measure("My Day, account manager", dayRepeat, [&](int) {
        auto day = domain::MyDayService(*manager).build();
        if (!day)
            std::fprintf(stderr, "my day: %s\n", day.error().message.c_str());
        else
            items = day->items.size();
        return day.ok();
    });
    std::printf("  (%zu lines)\n", items);
    auto supervisor = signIn(path, parser.value(supervisorOption), password);
    measure("My Day, supervisor", dayRepeat, [&](int) {
        auto day = domain::MyDayService(*supervisor).build();
        if (!day)
            std::fprintf(stderr, "my day: %s\n", day.error().message.c_str());
        else
            items = day->items.size();
        return day.ok();
    });
    std::printf("  (%zu lines)\n", items);
    return 0;
}
