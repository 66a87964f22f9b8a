#include "BenchSession.h"

#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace tessera::bench {

PeriodBenchOptions parsePeriodBenchOptions(const QCoreApplication& application,
                                           QCommandLineParser& parser,
                                           const QList<QCommandLineOption>& extra) {
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Database file"),
                                QStringLiteral("FILE"));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("Who looks"),
                                  QStringLiteral("USER"), QStringLiteral("admin"));
    const QCommandLineOption password(QStringLiteral("password"), QStringLiteral("Their password"),
                                      QStringLiteral("TEXT"), QStringLiteral("tessera-demo"));
    const QCommandLineOption period(QStringLiteral("period"), QStringLiteral("Period"),
                                    QStringLiteral("P"), QStringLiteral("2026Q3"));
    const QCommandLineOption repeat(QStringLiteral("repeat"), QStringLiteral("Runs each"),
                                    QStringLiteral("N"), QStringLiteral("5"));
    parser.addOptions({db, user, password, period, repeat});
    parser.addOptions(extra);
    parser.process(application);
    if (!parser.isSet(db))
        parser.showHelp(2);
    return {parser.value(db), parser.value(user), parser.value(password), parser.value(period),
            std::max(1, parser.value(repeat).toInt())};
}

std::unique_ptr<domain::Workspace> signIn(const QString& path, const QString& user,
                                          const QString& password) {
    auto ws = domain::Workspace::open(path.toStdString());
    if (!ws) {
        std::fprintf(stderr, "open: %s\n", ws.error().message.c_str());
        std::exit(1);
    }
    if (auto in = (*ws)->login(user.toStdString(), password.toStdString()); !in) {
        std::fprintf(stderr, "sign in %s: %s\n", qPrintable(user), in.error().message.c_str());
        std::exit(1);
    }
    return std::move(*ws);
}

double measure(const char* what, int repeat, const std::function<bool(int)>& step) {
    std::vector<double> ms;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!step(i))
            std::exit(1);
        ms.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    std::printf("%s: median %.1f ms, slowest %.1f ms (%d runs)\n", what, ms[ms.size() / 2],
                ms.back(), repeat);
    std::fflush(stdout);
    return ms[ms.size() / 2];
}

} // namespace tessera::bench
