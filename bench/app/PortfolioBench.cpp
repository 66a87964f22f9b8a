// portfolio_bench --db FILE|URI [--customers N]: how fast the portfolio screen
// is on a database of N customers (a file built on first use, or a team
// server's database), and how much memory it takes. Prints the time from creating the model and
// view to the first rows, the time for searches and a re-sort to return, and the resident memory
// (VmRSS) after opening and after scrolling to the end.

#include "BenchDatabase.h"
#include "app/common/AppResources.h"
#include "app/jobs/DatabaseWorker.h"
#include "app/portfolio/PortfolioModel.h"
#include "app/portfolio/PortfolioView.h"
#include "domain/setup/WorkspaceSetup.h"
#include "storage/postgres/ServerUri.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <cstdio>

using namespace tessera;

namespace {

double residentMebibytes() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

// Runs the event loop until the model shows the result of its latest query;
// returns when the first screenful of rows was shown (ms after `timer` started).
double waitUntilLoaded(app::PortfolioModel& model, const QElapsedTimer& timer) {
    double firstScreen = -1;
    QEventLoop loop;
    QObject::connect(&model, &app::PortfolioModel::modelReset, &loop, [&] {
        if (firstScreen < 0)
            firstScreen = timer.nsecsElapsed() / 1e6;
    });
    QObject::connect(&model, &app::PortfolioModel::loaded, &loop, &QEventLoop::quit);
    QObject::connect(&model, &app::PortfolioModel::failed, &loop, [&](const QString& message) {
        std::fprintf(stderr, "query failed: %s\n", qPrintable(message));
        loop.quit();
    });
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    loop.exec();
    return firstScreen;
}

// Reads what a screenful of rows at `top` would show, as painting does.
void readRows(app::PortfolioModel& model, int top, int count) {
    for (int row = top; row < std::min(top + count, model.rowCount()); ++row)
        for (int column = 0; column < app::PortfolioModel::ColumnCount; ++column)
            (void)model.data(model.index(row, column));
}

double elapsedMs(const QElapsedTimer& timer) {
    return timer.nsecsElapsed() / 1e6;
}

// The time from the query starting (the view starts it after a typing pause
// of PortfolioView::kSearchDelayMs) to the first screen of results.
void measureSearch(app::PortfolioModel& model, const QString& text) {
    domain::PortfolioFilter filter = model.filter();
    filter.search = text.toStdString();
    QElapsedTimer timer;
    timer.start();
    model.setFilter(filter);
    const double firstScreen = waitUntilLoaded(model, timer);
    readRows(model, 0, 40);
    std::printf("search %-12s %9d rows: first screen %7.1f ms, all rows %7.1f ms\n",
                qPrintable(QLatin1Char('"') + text + QLatin1Char('"')), model.rowCount(),
                firstScreen, elapsedMs(timer));
}

std::unique_ptr<domain::Workspace> openDatabase(const QString& path, qint64 customers,
                                                const QString& password) {
    const std::string file = path.toStdString();
    if (!storage::isServerUri(file) && !QFileInfo::exists(path)) {
        std::printf("creating %s with %lld customers...\n", qPrintable(path), customers);
        QElapsedTimer timer;
        timer.start();
        auto created = bench::createBenchDatabase(file, customers);
        if (!created) {
            std::fprintf(stderr, "%s\n", created.error().message.c_str());
            return nullptr;
        }
        std::printf("created in %.1f s\n", timer.elapsed() / 1000.0);
    }
    auto ws = domain::WorkspaceSetup::open(file);
    if (!ws || !(*ws)->login("admin", password.toStdString())) {
        std::fprintf(stderr, "cannot open %s as admin\n", qPrintable(path));
        return nullptr;
    }
    return std::move(*ws);
}

} // namespace

int main(int argc, char* argv[]) {
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication application(argc, argv);
    app::initialiseResources();
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("Database file or server URI."),
                                      QStringLiteral("file"));
    const QCommandLineOption countOption(QStringLiteral("customers"),
                                         QStringLiteral("Customers when creating."),
                                         QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption passwordOption(
        QStringLiteral("password"), QStringLiteral("The admin's password (demo: tessera-demo)."),
        QStringLiteral("password"), QString::fromLatin1(bench::kBenchAdminPassword));
    parser.addOptions({dbOption, countOption, passwordOption});
    parser.process(application);
    if (!parser.isSet(dbOption))
        parser.showHelp(2);

    std::printf("VmRSS before opening: %.0f MiB\n", residentMebibytes());
    auto ws = openDatabase(parser.value(dbOption), parser.value(countOption).toLongLong(),
                           parser.value(passwordOption));
    if (!ws)
        return 1;
    auto worker = ws->openWorker();
    auto details = ws->openWorker();
    if (!worker || !details)
        return 1;
    app::DatabaseWorker detailWorker(std::move(*details));

    QElapsedTimer timer;
    timer.start();
    app::PortfolioModel model(*ws, std::make_unique<app::DatabaseWorker>(std::move(*worker)));
    app::PortfolioView view(model, detailWorker);
    view.resize(1200, 800);
    view.show();
    const double firstScreen = waitUntilLoaded(model, timer);
    readRows(model, 0, 40);
    std::printf("opening the portfolio: first screen of rows %.1f ms, all %d ids %.1f ms after "
                "creating the model and view\n",
                firstScreen, model.rowCount(), elapsedMs(timer));
    std::printf("VmRSS after opening: %.0f MiB\n", residentMebibytes());

    std::printf("searches (the view queries after a %d ms typing pause):\n",
                app::PortfolioView::kSearchDelayMs);
    // Names as the bench database and the demo database spell them: one and
    // two characters search by prefix, three and more by substring; ASCII
    // letters also by pinyin and initials, two Han characters also as a word
    // anywhere in the name (search keys).
    for (const char* text : {"Zhang", "Wei Trad", "C0000123", "Müller", "张", "科技", "王伟",
                             "Smith", "zhangwei", "zw", "zhang", "贸易", "zz-none", ""})
        measureSearch(model, QString::fromUtf8(text));

    timer.restart();
    model.sort(app::PortfolioModel::CodeColumn, Qt::DescendingOrder);
    const double sortedScreen = waitUntilLoaded(model, timer);
    readRows(model, 0, 40);
    std::printf("re-sort by code, descending: first screen %.1f ms, all rows %.1f ms\n",
                sortedScreen, elapsedMs(timer));

    timer.restart();
    view.table()->scrollToBottom();
    readRows(model, model.rowCount() - 40, 40);
    view.grab(); // paint the last screen, as the user would see it
    std::printf("jump to the end: %.1f ms\n", elapsedMs(timer));
    std::printf("VmRSS after scrolling to the end: %.0f MiB\n", residentMebibytes());

    timer.restart();
    QScrollBar* bar = view.table()->verticalScrollBar();
    for (int step = 0; step <= 200; ++step) {
        bar->setValue(bar->maximum() / 200 * step);
        view.grab();
    }
    std::printf("200 jumps across the list, each painted: %.1f ms; %zu pages cached\n",
                elapsedMs(timer), model.cachedPages());
    std::printf("VmRSS after scrolling through: %.0f MiB\n", residentMebibytes());
    return 0;
}
