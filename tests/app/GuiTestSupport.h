#pragma once

// Databases and waiting helpers shared by the GUI tests. Data goes in through
// the domain layer (CustomerService::create, ImportService), as a user's would.

#include "app/portfolio/PortfolioModel.h"
#include "domain/import/ImportKind.h"
#include "domain/scoring/ScoringService.h"
#include "support/TestSupport.h"

#include <QApplication>
#include <QString>
#include <QTimer>
#include <functional>
#include <memory>
#include <string>

namespace tessera::app {
class MainWindow;
}

namespace tessera::test {

// The standard users (TestSupport.h) and these customers:
//   am1: A-001 "Acme Trading" (company, tags vip, key-account; purchases,
//        interactions and a survey), A-002 "Zhang Wei" (person, phone, email),
//        A-003 "Bright Foods" (company, lifecycle mature)
//   am2: B-001 "Bravo Logistics" (company, tag vip), B-002 "Li Na" (person)
//   am3: C-001 "Zhang Industrial" (company)
inline constexpr int kGuiCustomers = 6;
void makeGuiDatabase(const std::string& path);
// makeGuiDatabase() at a new path in `dir`, which it returns.
std::string newGuiDatabase(const TempDir& dir);

// makeGuiDatabase() plus the CDNOW 1/10 sample (2,357 customers, codes such
// as "00004", created unassigned by the import) and a survey for A-001 on all
// five CRMV dimensions. Built once per process and copied.
std::string newScoringDatabase(const TempDir& dir);
inline constexpr int kScoringCustomers = kGuiCustomers + 2357;
// Scores every customer as `ws`'s user as of `isoDate` over all history;
// fails the test (throws) on error.
domain::ScoringRunSummary scoreAsOf(domain::Workspace& ws, const QString& isoDate);

// newScoringDatabase() scored as of 1997-06-30 and as of 1998-06-30 (all
// history), by the administrator: a database with two runs to compare.
struct TwoRunDatabase {
    std::string path;
    std::int64_t firstRun = 0;
    std::int64_t secondRun = 0;
};
TwoRunDatabase newTwoRunDatabase(const TempDir& dir);

// What every GUI test needs first: the application's identity (QSettings),
// its resources and the English translation (plural forms).
void initialiseGuiTest();

// Imports `csv` (written to a file in `dir`) as `kind`; fails the test on error.
void importCsv(domain::Workspace& ws, const TempDir& dir, domain::ImportKind kind,
               const std::string& csv, bool createCustomers = false);

// A signed-in workspace's customer by code, read through the domain.
storage::CustomerRecord customerByCode(domain::Workspace& ws, const std::string& code);

// Runs the event loop until the model has shown the result of its latest
// query (false after a timeout).
bool waitForRows(app::PortfolioModel& model, int timeoutMs = 20000);

// Calls `drive` with the next modal dialog of type T that opens (the code
// under test shows it with exec()).
template <typename T> void whenDialogOpens(std::function<void(T&)> drive) {
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, drive] {
        auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->stop();
        timer->deleteLater();
        drive(*dialog);
    });
    timer->start();
}

// Shows `username`'s portfolio of `path` in `window` (signed in through the
// domain) and waits for its rows; fails the test (throws) otherwise.
void signIn(app::MainWindow& window, const std::string& path, const std::string& username);

// Names shown in the Name column, top to bottom.
QStringList shownNames(const app::PortfolioModel& model);

// The labels of `widget` whose text has a mnemonic ('&' before a letter) but
// no buddy: Qt then shows the '&' itself and Alt+letter does nothing.
QStringList labelsWithoutBuddy(const QWidget& widget);

} // namespace tessera::test
