#include "app/shell/MainWindow.h"

#include "app/accessreview/AccessReviewController.h"
#include "app/admin/AdminController.h"
#include "app/common/ActionRegistry.h"
#include "app/common/AppResources.h"
#include "app/common/Text.h"
#include "app/customer/CustomerController.h"
#include "app/dashboards/DashboardController.h"
#include "app/duplicates/DuplicatesController.h"
#include "app/import/ImportController.h"
#include "app/interactions/InteractionController.h"
#include "app/journeys/JourneyController.h"
#include "app/merge/MergeController.h"
#include "app/myday/MyDayController.h"
#include "app/portfolio/PortfolioController.h"
#include "app/portfolio/PortfolioModel.h"
#include "app/quality/QualityController.h"
#include "app/reports/ReportsController.h"
#include "app/rights/RightsController.h"
#include "app/scoring/ScoringController.h"
#include "app/session/SessionController.h"
#include "app/shell/HelpController.h"
#include "app/shell/WelcomePage.h"
#include "app/shell/WorkspaceView.h"
#include "app/surveys/SurveyController.h"
#include "app/teammode/ServerConnectionController.h"
#include "app/tickets/TicketController.h"
#include "domain/workspace/Role.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace tessera::app {
namespace {

const QString kGeometryKey = QStringLiteral("window/geometry");

} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setWindowIcon(appIcon(QStringLiteral("tessera")));
    setWindowTitle(tr("Tessera"));
    resize(1360, 820);
    m_actions = new ActionRegistry(this);
    m_welcome = new WelcomePage(this);
    m_welcome->setLastDatabase(SessionController::lastDatabase());
    m_view = new WorkspaceView(this, m_welcome);
    setCentralWidget(m_view->pages());

    // The order of registration is the order within each menu section.
    m_session = new SessionController(*m_view, *m_actions);
    new ServerConnectionController(*m_view, *m_actions, *m_session);
    m_customers = new CustomerController(*m_view, *m_actions);
    m_imports = new ImportController(*m_view, *m_actions);
    m_portfolio = new PortfolioController(*m_view, *m_actions);
    m_scoring = new ScoringController(*m_view, *m_actions);
    m_reports = new ReportsController(*m_view, *m_actions);
    m_admin = new AdminController(*m_view, *m_actions);
    m_interactions = new InteractionController(*m_view, *m_actions);
    m_tickets = new TicketController(*m_view, *m_actions);
    m_myDay = new MyDayController(*m_view, *m_actions);
    m_dashboards = new DashboardController(*m_view, *m_actions);
    new JourneyController(*m_view, *m_actions);
    auto* merge = new MergeController(*m_view, *m_actions);
    new QualityController(*m_view, *m_actions);
    auto* duplicates = new DuplicatesController(*m_view, *m_actions);
    // A pair in the duplicates list merges through the merge dialog (and its undo).
    connect(duplicates, &DuplicatesController::mergeRequested, merge, &MergeController::mergePair);
    duplicates->setMergeAvailable(true);
    new AccessReviewController(*m_view, *m_actions);
    new RightsController(*m_view, *m_actions);
    m_surveys = new SurveyController(*m_view, *m_actions);
    new HelpController(this, *m_actions);
    QAction* quit = m_actions->add(QStringLiteral("actionQuit"), tr("&Quit"), QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    m_actions->placeInMenu(Menu::File, 9, quit);

    m_actions->buildMenus(menuBar());
    m_toolBar = addToolBar(tr("Main"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setIconSize(QSize(22, 22));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_actions->buildToolBar(m_toolBar);
    createStatusBar();

    connect(m_welcome, &WelcomePage::newDatabaseRequested, m_session,
            &SessionController::newDatabase);
    connect(m_welcome, &WelcomePage::openDatabaseRequested, m_session,
            &SessionController::chooseDatabase);
    connect(m_welcome, &WelcomePage::demoDatabaseRequested, m_session,
            &SessionController::openDemoDatabase);
    connect(m_welcome, &WelcomePage::lastDatabaseRequested, m_session,
            &SessionController::openDatabase);
    connect(m_admin, &AdminController::signInRequested, m_session,
            &SessionController::openDatabase);
    connect(m_session, &SessionController::lockChanged, this, &MainWindow::setLocked);
    connect(m_view, &WorkspaceContext::changed, this, &MainWindow::updateActions);
    connect(m_view, &WorkspaceContext::statusChanged, this, &MainWindow::updateStatus);
    connect(m_view, &WorkspaceContext::closed, this,
            [this] { m_welcome->setLastDatabase(SessionController::lastDatabase()); });

    restoreGeometry(QSettings().value(kGeometryKey).toByteArray());
    updateActions();
    updateStatus();
}

MainWindow::~MainWindow() {
    closeWorkspace();
}

void MainWindow::setWorkspace(std::unique_ptr<domain::Workspace> workspace) {
    m_view->open(std::move(workspace));
}

void MainWindow::closeWorkspace() {
    m_view->close();
}

domain::Workspace* MainWindow::workspace() const {
    return m_view->workspace();
}

PortfolioView* MainWindow::portfolio() const {
    return m_view->portfolio();
}

PortfolioModel* MainWindow::portfolioModel() const {
    return m_view->portfolioModel();
}

CustomerPanel* MainWindow::customerPanel() const {
    return m_view->customerPanel();
}

WarningsView* MainWindow::warningsView() const {
    return m_view->warningsView();
}

QUndoStack* MainWindow::undoStack() const {
    return m_view->undoStack();
}

QAction* MainWindow::action(const QString& name) const {
    return m_actions->action(name);
}

void MainWindow::createStatusBar() {
    m_userLabel = new QLabel(this);
    m_databaseLabel = new QLabel(this);
    m_countLabel = new QLabel(this);
    for (QLabel* label : {m_countLabel, m_databaseLabel, m_userLabel})
        label->setContentsMargins(8, 0, 8, 0);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_databaseLabel);
    statusBar()->addPermanentWidget(m_userLabel);
}

QString MainWindow::statusText() const {
    return QStringList{m_userLabel->text(), m_databaseLabel->text(), m_countLabel->text()}.join(
        QStringLiteral(" | "));
}

void MainWindow::updateStatus() {
    domain::Workspace* workspace = m_view->workspace();
    if (!workspace) {
        m_userLabel->setText(tr("Not signed in"));
        m_databaseLabel->clear();
        m_countLabel->clear();
        setWindowTitle(tr("Tessera"));
        return;
    }
    const domain::Session& session = workspace->session();
    m_userLabel->setText(
        tr("%1 (%2)").arg(qs(session.displayName), qs(domain::roleDisplayName(session.role))));
    const QString path = qs(workspace->db().path());
    m_databaseLabel->setText(QFileInfo(path).fileName());
    m_databaseLabel->setToolTip(QDir::toNativeSeparators(path));
    if (const PortfolioModel* model = m_view->portfolioModel())
        m_countLabel->setText(model->isLoading()
                                  ? tr("Loading…")
                                  : tr("%Ln customer(s) shown", nullptr, model->rowCount()));
    setWindowTitle(tr("%1 — Tessera").arg(QFileInfo(path).fileName()));
}

// While a job re-keys or restores the database the views are down, and with
// them everything that works on the open database.
void MainWindow::updateActions() {
    domain::Workspace* workspace = m_view->workspace();
    m_actions->update({workspace ? &workspace->session() : nullptr, m_view->viewsUp(),
                       m_view->currentCustomerId() != 0});
    m_toolBar->setVisible(m_view->viewsUp()); // its actions all work on an open database
}

// A disabled menu bar and tool bar also switch off their shortcuts.
void MainWindow::setLocked(bool locked) {
    menuBar()->setEnabled(!locked);
    m_toolBar->setEnabled(!locked);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings().setValue(kGeometryKey, saveGeometry());
    closeWorkspace();
    event->accept();
}

} // namespace tessera::app
