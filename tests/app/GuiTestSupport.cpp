#include "GuiTestSupport.h"

#include "app/common/AppResources.h"
#include "app/shell/MainWindow.h"
#include "app/shell/Translations.h"
#include "domain/customers/CustomerService.h"
#include "domain/import/ImportService.h"

#include <QAction>
#include <QCoreApplication>
#include <QFile>
#include <QLabel>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <stdexcept>

namespace tessera::test {
namespace {

std::int64_t userId(domain::Workspace& ws, const std::string& username) {
    auto owners = domain::CustomerService(ws).visibleOwners();
    if (owners)
        for (const domain::OwnerChoice& owner : *owners)
            if (owner.username == username)
                return owner.id;
    throw std::runtime_error("no account manager " + username);
}

void addCustomer(domain::Workspace& ws, const char* code, const char* name, const char* kind,
                 const char* owner, std::vector<std::string> tags = {}) {
    storage::CustomerRecord c;
    c.code = code;
    c.name = name;
    c.kind = kind;
    c.industry = "Retail";
    c.region = "East China";
    c.ownerId = userId(ws, owner);
    c.tags = std::move(tags);
    if (c.kind == "person") {
        c.phone = "+86 138 0000 0000";
        c.email = std::string(code) + "@example.com";
    }
    if (std::string(code) == "A-003")
        c.lifecycle = "mature";
    auto id = domain::CustomerService(ws).create(c);
    if (!id)
        throw std::runtime_error("creating " + c.code + ": " + id.error().message);
}

} // namespace

void importCsv(domain::Workspace& ws, const TempDir& dir, domain::ImportKind kind,
               const std::string& csv, bool createCustomers) {
    const std::string path = dir.path("import-" + std::to_string(std::rand()) + ".csv");
    writeFile(path, csv);
    domain::ImportRequest request;
    request.kind = kind;
    request.path = path;
    request.createCustomers = createCustomers;
    auto report = domain::ImportService(ws).run(request);
    if (!report)
        throw std::runtime_error("import: " + report.error().message);
    if (report->rowsRejected > 0)
        throw std::runtime_error("import rejected " + report->firstRejections.front().reason);
}

void makeGuiDatabase(const std::string& path) {
    makeStandardDatabase(path);
    auto ws = openAs(path, "admin");
    addCustomer(*ws, "A-001", "Acme Trading", "company", "am1", {"vip", "key-account"});
    addCustomer(*ws, "A-002", "Zhang Wei", "person", "am1");
    addCustomer(*ws, "A-003", "Bright Foods", "company", "am1");
    addCustomer(*ws, "B-001", "Bravo Logistics", "company", "am2", {"vip"});
    addCustomer(*ws, "B-002", "Li Na", "person", "am2");
    addCustomer(*ws, "C-001", "Zhang Industrial", "company", "am3");
    TempDir dir;
    importCsv(*ws, dir, domain::ImportKind::Transactions,
              "customer,date,amount,quantity,reference\n"
              "A-001,2024-01-15,1200.50,3,SO-1001\n"
              "A-001,2024-02-20,-200.00,1,RF-7\n");
    importCsv(*ws, dir, domain::ImportKind::Interactions,
              "customer,date,channel,kind,direction,outcome\n"
              "A-001,2024-03-01 10:30,phone,call,outbound,interested\n");
    importCsv(*ws, dir, domain::ImportKind::Surveys,
              "customer,date,nps,csat\nA-001,2024-03-05,9,5\n");
}

std::string newGuiDatabase(const TempDir& dir) {
    static int count = 0;
    const std::string path = dir.path("gui-" + std::to_string(++count) + ".tessera");
    makeGuiDatabase(path);
    return path;
}

namespace {

std::string buildScoringTemplate() {
    static TempDir dir; // lives as long as the process
    const std::string path = dir.path("scoring-template.tessera");
    makeGuiDatabase(path);
    auto ws = openAs(path, "admin");
    domain::ImportRequest request;
    request.kind = domain::ImportKind::Transactions;
    request.path = dataFile("CDNOW_sample.txt");
    request.cdnowFormat = true;
    request.createCustomers = true;
    auto report = domain::ImportService(*ws).run(request);
    if (!report || report->rowsRejected > 0)
        throw std::runtime_error("importing the CDNOW sample failed");
    importCsv(*ws, dir, domain::ImportKind::Surveys,
              "customer,date,nps,d1,d2,d3,d4,d5\nA-001,2024-03-06,9,7,6,5,6,7\n");
    return path;
}

} // namespace

std::string newScoringDatabase(const TempDir& dir) {
    static const std::string templatePath = buildScoringTemplate();
    static int count = 0;
    const std::string path = dir.path("scoring-" + std::to_string(++count) + ".tessera");
    if (!QFile::copy(QString::fromStdString(templatePath), QString::fromStdString(path)))
        throw std::runtime_error("copying the scoring template to " + path);
    return path;
}

domain::ScoringRunSummary scoreAsOf(domain::Workspace& ws, const QString& isoDate) {
    domain::ScoringRequest request;
    request.asOfDay = domain::Calendar::parseDay(isoDate.toStdString());
    request.window = scoring::WindowSettings{true, 365};
    auto summary = domain::ScoringService(ws).run(request);
    if (!summary)
        throw std::runtime_error("scoring: " + summary.error().message);
    return *summary;
}

TwoRunDatabase newTwoRunDatabase(const TempDir& dir) {
    TwoRunDatabase db;
    db.path = newScoringDatabase(dir);
    auto admin = openAs(db.path, "admin");
    db.firstRun = scoreAsOf(*admin, "1997-06-30").run.id;
    db.secondRun = scoreAsOf(*admin, "1998-06-30").run.id;
    return db;
}

void initialiseGuiTest() {
    app::setApplicationIdentity();
    app::initialiseResources();
    if (!app::Translations::install(QStringLiteral("en")))
        throw std::runtime_error("the English translation is not embedded");
}

storage::CustomerRecord customerByCode(domain::Workspace& ws, const std::string& code) {
    domain::CustomerService service(ws);
    auto id = service.idForCode(code);
    if (!id)
        throw std::runtime_error("no customer " + code);
    auto view = service.open(*id);
    if (!view)
        throw std::runtime_error("cannot open " + code + ": " + view.error().message);
    return view->record;
}

bool waitForRows(app::PortfolioModel& model, int timeoutMs) {
    if (!model.isLoading())
        QCoreApplication::processEvents();
    return QTest::qWaitFor([&] { return !model.isLoading(); }, timeoutMs);
}

void signIn(app::MainWindow& window, const std::string& path, const std::string& username) {
    window.setWorkspace(openAs(path, username));
    // Account managers and supervisors start on My Day: bring the portfolio forward.
    if (QAction* portfolio = window.action(QStringLiteral("actionShowPortfolio")))
        portfolio->trigger();
    if (!window.portfolioModel() || !waitForRows(*window.portfolioModel()))
        throw std::runtime_error("the portfolio of " + username + " did not load");
}

QStringList shownNames(const app::PortfolioModel& model) {
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.index(row, app::PortfolioModel::NameColumn).data().toString();
    return names;
}

QStringList labelsWithoutBuddy(const QWidget& widget) {
    static const QRegularExpression mnemonic(QStringLiteral("(^|[^&])&[^&\\s]"));
    QStringList found;
    for (const QLabel* label : widget.findChildren<QLabel*>()) {
        if (label->text().contains(mnemonic) && !label->buddy())
            found << label->text();
    }
    return found;
}

} // namespace tessera::test
