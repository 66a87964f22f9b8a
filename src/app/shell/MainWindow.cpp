#include "app/shell/MainWindow.h"

#include "app/common/AppResources.h"
#include "app/customer/ArchiveCustomerCommand.h"
#include "app/admin/AuditLogDialog.h"
#include "app/jobs/BackgroundTask.h"
#include "app/admin/BackupScheduler.h"
#include "app/admin/BackupsDialog.h"
#include "app/scoring/CompareRunsDialog.h"
#include "app/customer/CreateCustomerCommand.h"
#include "app/customer/CustomerEditorDialog.h"
#include "app/customer/CustomerPanel.h"
#include "app/jobs/DatabaseWorker.h"
#include "app/shell/DemoDatabase.h"
#include "app/customer/EditCustomerCommand.h"
#include "app/session/IdleMonitor.h"
#include "app/import/ImportDialog.h"
#include "app/import/ImportReportDialog.h"
#include "app/session/LockScreen.h"
#include "app/session/LoginDialog.h"
#include "app/common/MessageBoxes.h"
#include "app/shell/NewDatabaseDialog.h"
#include "app/session/PasswordConfirmDialog.h"
#include "app/portfolio/PortfolioModel.h"
#include "app/portfolio/PortfolioView.h"
#include "app/shell/PreferencesDialog.h"
#include "app/scoring/ScoreNowDialog.h"
#include "app/common/ScoreText.h"
#include "app/scoring/ScoringProfileDialog.h"
#include "app/common/Text.h"
#include "app/reports/TierReportDialog.h"
#include "app/shell/Translations.h"
#include "app/warnings/WarningsView.h"
#include "app/shell/WelcomePage.h"
#include "domain/workspace/AccessPolicy.h"
#include "domain/import/ImportService.h"
#include "domain/admin/MaintenanceService.h"
#include "domain/reports/TierReportService.h"

#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolBar>
#include <QUndoStack>

namespace tessera::app {
namespace {

const QString kLastDatabaseKey = QStringLiteral("database/last");
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kSplitterKey = QStringLiteral("window/splitter");

using WorkspaceResult = Result<std::unique_ptr<domain::Workspace>>;

} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setWindowIcon(appIcon(QStringLiteral("tessera")));
    setWindowTitle(tr("Tessera"));
    resize(1360, 820);
    m_undo = new QUndoStack(this);
    m_pages = new QStackedWidget(this);
    m_welcome = new WelcomePage(m_pages);
    m_welcome->setLastDatabase(lastDatabase());
    m_pages->addWidget(m_welcome);
    setCentralWidget(m_pages);
    connect(m_welcome, &WelcomePage::newDatabaseRequested, this, &MainWindow::newDatabase);
    connect(m_welcome, &WelcomePage::openDatabaseRequested, this, &MainWindow::chooseDatabase);
    connect(m_welcome, &WelcomePage::demoDatabaseRequested, this, &MainWindow::openDemoDatabase);
    connect(m_welcome, &WelcomePage::lastDatabaseRequested, this, &MainWindow::openDatabase);

    m_idle = new IdleMonitor(this);
    connect(m_idle, &IdleMonitor::idle, this, &MainWindow::lock);
    m_backupScheduler = new BackupScheduler(this);
    connect(m_backupScheduler, &BackupScheduler::backedUp, this, [this](const QString& path) {
        statusBar()->showMessage(
            tr("Automatic backup saved to %1").arg(QDir::toNativeSeparators(path)), 10000);
    });
    connect(m_backupScheduler, &BackupScheduler::failed, this, [this](const QString& message) {
        statusBar()->showMessage(tr("The automatic backup failed: %1").arg(message), 30000);
    });

    createActions();
    createMenus();
    createToolBar();
    createStatusBar();
    restoreGeometry(QSettings().value(kGeometryKey).toByteArray());
    updateActions();
    updateStatus();
}

MainWindow::~MainWindow() {
    closeWorkspace();
}

QAction* MainWindow::makeAction(const QString& name, const QString& text,
                                const QKeySequence& shortcut, const QIcon& icon) {
    auto* action = new QAction(icon, text, this);
    action->setObjectName(name);
    action->setShortcut(shortcut);
    return action;
}

QAction* MainWindow::action(const QString& name) const {
    return findChild<QAction*>(name);
}

void MainWindow::createActions() {
    connect(makeAction(QStringLiteral("actionNewDatabase"), tr("&New Database…"),
                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                       appIcon(QStringLiteral("database-new"))),
            &QAction::triggered, this, &MainWindow::newDatabase);
    connect(makeAction(QStringLiteral("actionOpenDatabase"), tr("&Open Database…"),
                       QKeySequence::Open, appIcon(QStringLiteral("database-open"))),
            &QAction::triggered, this, &MainWindow::chooseDatabase);
    connect(makeAction(QStringLiteral("actionOpenDemo"), tr("Open &Demo Database"), {}),
            &QAction::triggered, this, &MainWindow::openDemoDatabase);
    connect(makeAction(QStringLiteral("actionCloseDatabase"), tr("&Close Database"),
                       QKeySequence::Close),
            &QAction::triggered, this, &MainWindow::closeWorkspace);
    connect(makeAction(QStringLiteral("actionLock"), tr("&Lock Session"),
                       QKeySequence(Qt::CTRL | Qt::Key_L)),
            &QAction::triggered, this, &MainWindow::lock);
    connect(makeAction(QStringLiteral("actionImport"), tr("&Import…"),
                       QKeySequence(Qt::CTRL | Qt::Key_I), appIcon(QStringLiteral("import"))),
            &QAction::triggered, this, &MainWindow::importData);
    connect(makeAction(QStringLiteral("actionExport"), tr("&Export Portfolio…"),
                       QKeySequence(Qt::CTRL | Qt::Key_E), appIcon(QStringLiteral("export"))),
            &QAction::triggered, this, &MainWindow::exportPortfolio);
    QAction* quit = makeAction(QStringLiteral("actionQuit"), tr("&Quit"), QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QAction* undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(appIcon(QStringLiteral("undo")));
    QAction* redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setIcon(appIcon(QStringLiteral("redo")));
    connect(makeAction(QStringLiteral("actionNewCustomer"), tr("&New Customer…"), QKeySequence::New,
                       appIcon(QStringLiteral("customer-new"))),
            &QAction::triggered, this, &MainWindow::newCustomer);
    connect(makeAction(QStringLiteral("actionEditCustomer"), tr("&Edit Customer…"),
                       QKeySequence(Qt::Key_F2), appIcon(QStringLiteral("customer-edit"))),
            &QAction::triggered, this, &MainWindow::editCustomer);
    connect(makeAction(QStringLiteral("actionArchive"), tr("&Archive Customer"),
                       QKeySequence(Qt::CTRL | Qt::Key_Delete), appIcon(QStringLiteral("archive"))),
            &QAction::triggered, this, &MainWindow::toggleArchived);
    QAction* preferences = makeAction(QStringLiteral("actionPreferences"), tr("&Preferences…"),
                                      QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, &MainWindow::openPreferences);

    QAction* details = makeAction(QStringLiteral("actionShowDetails"), tr("Customer &Details"),
                                  QKeySequence(Qt::Key_F9));
    details->setCheckable(true);
    details->setChecked(true);
    connect(details, &QAction::toggled, this, [this](bool on) {
        if (m_panel)
            m_panel->setVisible(on);
    });
    QAction* archived =
        makeAction(QStringLiteral("actionShowArchived"), tr("Show &Archived Customers"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    archived->setCheckable(true);
    connect(archived, &QAction::toggled, this, [this](bool on) {
        if (m_portfolio)
            m_portfolio->archivedFilter()->setChecked(on);
    });
    connect(makeAction(QStringLiteral("actionFind"), tr("&Find Customers"), QKeySequence::Find),
            &QAction::triggered, this, [this] {
                if (m_portfolio) {
                    m_portfolio->searchEdit()->setFocus();
                    m_portfolio->searchEdit()->selectAll();
                }
            });
    connect(makeAction(QStringLiteral("actionShowWarnings"), tr("&Warnings"),
                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W)),
            &QAction::triggered, this, &MainWindow::showWarnings);
    connect(makeAction(QStringLiteral("actionRefresh"), tr("&Refresh"), QKeySequence::Refresh,
                       appIcon(QStringLiteral("refresh"))),
            &QAction::triggered, this, [this] { customerChanged(0); });
    connect(makeAction(QStringLiteral("actionScoreNow"), tr("Score &Now…"),
                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                       appIcon(QStringLiteral("score"))),
            &QAction::triggered, this, &MainWindow::scoreNow);
    connect(makeAction(QStringLiteral("actionScoringProfile"), tr("Scoring &Profile…"), {},
                       appIcon(QStringLiteral("profile"))),
            &QAction::triggered, this, &MainWindow::openScoringProfile);
    connect(makeAction(QStringLiteral("actionCompareRuns"), tr("&Compare Runs…"), {},
                       appIcon(QStringLiteral("compare"))),
            &QAction::triggered, this, &MainWindow::openCompareRuns);
    connect(makeAction(QStringLiteral("actionTierReport"), tr("&Tier Report…"),
                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)),
            &QAction::triggered, this, &MainWindow::openTierReport);
    connect(makeAction(QStringLiteral("actionAuditLog"), tr("&Audit Log…"), {}),
            &QAction::triggered, this, &MainWindow::openAuditLog);
    connect(makeAction(QStringLiteral("actionBackups"), tr("&Backups…"), {}), &QAction::triggered,
            this, &MainWindow::openBackups);
    connect(makeAction(QStringLiteral("actionUsers"), tr("&Users…"), {}), &QAction::triggered, this,
            &MainWindow::openUsers);
    connect(makeAction(QStringLiteral("actionAbout"), tr("&About Tessera"), {}),
            &QAction::triggered, this, &MainWindow::about);
    connect(makeAction(QStringLiteral("actionAboutQt"), tr("About &Qt"), {}), &QAction::triggered,
            qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addActions(
        {action(QStringLiteral("actionNewDatabase")), action(QStringLiteral("actionOpenDatabase")),
         action(QStringLiteral("actionOpenDemo")), action(QStringLiteral("actionCloseDatabase"))});
    file->addAction(action(QStringLiteral("actionLock")));
    file->addSeparator();
    file->addActions(
        {action(QStringLiteral("actionImport")), action(QStringLiteral("actionExport"))});
    file->addSeparator();
    file->addAction(action(QStringLiteral("actionQuit")));

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({action(QStringLiteral("actionUndo")), action(QStringLiteral("actionRedo"))});
    edit->addSeparator();
    edit->addActions({action(QStringLiteral("actionNewCustomer")),
                      action(QStringLiteral("actionEditCustomer")),
                      action(QStringLiteral("actionArchive"))});
    edit->addSeparator();
    edit->addAction(action(QStringLiteral("actionPreferences")));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addActions(
        {action(QStringLiteral("actionFind")), action(QStringLiteral("actionShowArchived")),
         action(QStringLiteral("actionShowDetails")), action(QStringLiteral("actionShowWarnings")),
         action(QStringLiteral("actionRefresh"))});
    view->addSeparator();
    QMenu* language = view->addMenu(tr("&Language"));
    auto* languages = new QActionGroup(this);
    const QString current = Translations::choose({});
    for (const QString& code : Translations::available()) {
        QAction* choice = language->addAction(Translations::nativeName(code));
        choice->setCheckable(true);
        choice->setChecked(code == current);
        languages->addAction(choice);
        connect(choice, &QAction::triggered, this, [this, code] { chooseLanguage(code); });
    }

    QMenu* scoring = menuBar()->addMenu(tr("&Scoring"));
    scoring->addAction(action(QStringLiteral("actionScoreNow")));
    scoring->addSeparator();
    scoring->addActions({action(QStringLiteral("actionScoringProfile")),
                         action(QStringLiteral("actionCompareRuns"))});

    // Roles that may export reports only: updateActions() hides it for the others.
    m_reportsMenu = menuBar()->addMenu(tr("&Reports"));
    m_reportsMenu->addAction(action(QStringLiteral("actionTierReport")));

    // Administrators only: updateActions() hides the menu for every other role.
    m_adminMenu = menuBar()->addMenu(tr("&Administration"));
    m_adminMenu->addActions({action(QStringLiteral("actionUsers")),
                             action(QStringLiteral("actionBackups")),
                             action(QStringLiteral("actionAuditLog"))});

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addActions(
        {action(QStringLiteral("actionAbout")), action(QStringLiteral("actionAboutQt"))});
}

void MainWindow::createToolBar() {
    // Toolbar buttons show short labels, without the menus' accelerators and ellipses.
    const std::pair<const char*, QString> labels[] = {{"actionNewCustomer", tr("New Customer")},
                                                      {"actionEditCustomer", tr("Edit")},
                                                      {"actionArchive", tr("Archive")},
                                                      {"actionUndo", tr("Undo")},
                                                      {"actionRedo", tr("Redo")},
                                                      {"actionImport", tr("Import")},
                                                      {"actionExport", tr("Export")},
                                                      {"actionRefresh", tr("Refresh")},
                                                      {"actionScoreNow", tr("Score Now")}};
    for (const auto& [name, label] : labels)
        action(QLatin1String(name))->setIconText(label);
    m_toolBar = addToolBar(tr("Main"));
    QToolBar* bar = m_toolBar;
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setIconSize(QSize(22, 22));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addActions({action(QStringLiteral("actionNewCustomer")),
                     action(QStringLiteral("actionEditCustomer")),
                     action(QStringLiteral("actionArchive"))});
    bar->addSeparator();
    bar->addActions({action(QStringLiteral("actionUndo")), action(QStringLiteral("actionRedo"))});
    bar->addSeparator();
    bar->addActions({action(QStringLiteral("actionImport")), action(QStringLiteral("actionExport")),
                     action(QStringLiteral("actionRefresh"))});
    bar->addSeparator();
    bar->addAction(action(QStringLiteral("actionScoreNow")));
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
    if (!m_workspace) {
        m_userLabel->setText(tr("Not signed in"));
        m_databaseLabel->clear();
        m_countLabel->clear();
        setWindowTitle(tr("Tessera"));
        return;
    }
    const domain::Session& session = m_workspace->session();
    m_userLabel->setText(
        tr("%1 (%2)").arg(qs(session.displayName), qs(domain::roleDisplayName(session.role))));
    const QString path = qs(m_workspace->db().path());
    m_databaseLabel->setText(QFileInfo(path).fileName());
    m_databaseLabel->setToolTip(QDir::toNativeSeparators(path));
    if (m_model)
        m_countLabel->setText(m_model->isLoading()
                                  ? tr("Loading…")
                                  : tr("%Ln customer(s) shown", nullptr, m_model->rowCount()));
    setWindowTitle(tr("%1 — Tessera").arg(QFileInfo(path).fileName()));
}

void MainWindow::updateActions() {
    // While a job re-keys or restores the database the views are down, and
    // with them everything that works on the open database.
    const bool open = m_workspace != nullptr && m_splitter != nullptr;
    auto permitted = [&](domain::Action what) {
        return m_workspace && domain::AccessPolicy::check(m_workspace->session(), what).ok();
    };
    auto allowed = [&](domain::Action what) { return open && permitted(what); };
    const bool selected = m_portfolio && m_portfolio->currentCustomerId() != 0;
    action(QStringLiteral("actionCloseDatabase"))->setEnabled(open);
    m_toolBar->setVisible(open); // its actions all work on an open database
    action(QStringLiteral("actionImport"))->setEnabled(allowed(domain::Action::ImportData));
    action(QStringLiteral("actionExport"))->setEnabled(allowed(domain::Action::ExportCustomers));
    action(QStringLiteral("actionNewCustomer"))
        ->setEnabled(allowed(domain::Action::CreateCustomer));
    action(QStringLiteral("actionEditCustomer"))
        ->setEnabled(selected && allowed(domain::Action::EditCustomer));
    QAction* archive = action(QStringLiteral("actionArchive"));
    archive->setEnabled(selected && allowed(domain::Action::ArchiveCustomer));
    const bool archived = selected && m_panel->customer() && m_panel->customer()->record.archived;
    archive->setText(archived ? tr("&Restore Customer") : tr("&Archive Customer"));
    archive->setIconText(archived ? tr("Restore") : tr("Archive"));
    for (const char* name : {"actionShowArchived", "actionShowDetails", "actionShowWarnings",
                             "actionFind", "actionRefresh", "actionScoringProfile"})
        action(QLatin1String(name))->setEnabled(open);
    // Roles that may not score do not see the action at all (the domain refuses anyway).
    QAction* scoreNow = action(QStringLiteral("actionScoreNow"));
    scoreNow->setVisible(allowed(domain::Action::RunScoring));
    scoreNow->setEnabled(scoreNow->isVisible());
    action(QStringLiteral("actionCompareRuns"))->setEnabled(allowed(domain::Action::ListCustomers));
    action(QStringLiteral("actionLock"))->setEnabled(open);
    QAction* tierReport = action(QStringLiteral("actionTierReport"));
    tierReport->setVisible(permitted(domain::Action::ExportReports));
    tierReport->setEnabled(allowed(domain::Action::ExportReports));
    m_reportsMenu->menuAction()->setVisible(tierReport->isVisible());
    // The Administration menu shows only what the role may do, and only to those who may.
    bool administers = false;
    for (auto [name, what] : {std::pair{"actionUsers", domain::Action::ManageUsers},
                              std::pair{"actionBackups", domain::Action::ManageBackups},
                              std::pair{"actionAuditLog", domain::Action::ReadAudit}}) {
        QAction* entry = action(QLatin1String(name));
        entry->setVisible(permitted(what));
        entry->setEnabled(allowed(what));
        administers = administers || entry->isVisible();
    }
    m_adminMenu->menuAction()->setVisible(administers);
}

void MainWindow::showError(const QString& title, const QString& message) {
    showMessage(this, QMessageBox::Warning, title, message);
}

// ---- opening and closing databases ----

QString MainWindow::lastDatabase() {
    return QSettings().value(kLastDatabaseKey).toString();
}

void MainWindow::openDatabase(const QString& path) {
    auto* dialog = new LoginDialog(path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (QFileInfo(path) == QFileInfo(DemoDatabase::path())) {
        dialog->setUserName(QLatin1String(DemoDatabase::kAdminUsername));
        dialog->setPassword(QLatin1String(DemoDatabase::kAdminPassword));
        dialog->setHint(tr("Demo database: user %1, password %2.")
                            .arg(QLatin1String(DemoDatabase::kAdminUsername),
                                 QLatin1String(DemoDatabase::kAdminPassword)));
    }
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { setWorkspace(dialog->takeWorkspace()); });
    dialog->open();
}

void MainWindow::chooseDatabase() {
    const QString last = lastDatabase();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Database"), QFileInfo(last).absolutePath(),
                                     tr("Tessera databases (*.tessera);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::openDemoDatabase() {
    const QString path = DemoDatabase::path();
    if (QFileInfo::exists(path))
        return openDatabase(path);
    BackgroundTask::start<WorkspaceResult>(
        this, tr("Demo Database"),
        [path](const domain::JobControl& job) { return DemoDatabase::create(path, job); },
        [this](WorkspaceResult result) {
            if (!result)
                return showError(tr("Demo Database"), qs(result.error().message));
            setWorkspace(std::move(*result));
        });
}

void MainWindow::newDatabase() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    NewDatabaseDialog dialog(QDir(folder).filePath(tr("customers.tessera")), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const std::string path = ss(dialog.path());
    const domain::NewWorkspaceOptions options = dialog.options();
    BackgroundTask::start<WorkspaceResult>(
        this, tr("New Database"),
        [path, options](const domain::JobControl& job) -> WorkspaceResult {
            job.report(10, tr("Creating the database and its administrator").toStdString());
            return domain::Workspace::create(path, options);
        },
        [this, path](WorkspaceResult result) {
            if (!result)
                return showError(tr("New Database"),
                                 qs(domain::describeOpenError(result.error(), path)));
            setWorkspace(std::move(*result));
        });
}

std::unique_ptr<domain::Workspace> MainWindow::openWorkerOrWarn() {
    auto worker = m_workspace->openWorker();
    if (!worker) {
        showError(tr("Tessera"), qs(worker.error().message));
        return nullptr;
    }
    return std::move(*worker);
}

void MainWindow::setWorkspace(std::unique_ptr<domain::Workspace> workspace) {
    if (!workspace)
        return;
    closeWorkspace();
    m_workspace = std::move(workspace);
    if (!createViews()) {
        m_workspace.reset();
        return;
    }
    QSettings().setValue(kLastDatabaseKey, qs(m_workspace->databasePath()));
    applyLockTimeout();
    m_idle->start();
    m_backupScheduler->start(*m_workspace);
    updateActions();
    updateStatus();
    emit workspaceChanged();
}

bool MainWindow::createViews() {
    auto queryConnection = openWorkerOrWarn();
    auto detailConnection = queryConnection ? openWorkerOrWarn() : nullptr;
    if (!detailConnection)
        return false;
    buildWorkspaceViews(std::make_unique<DatabaseWorker>(std::move(queryConnection)),
                        std::make_unique<DatabaseWorker>(std::move(detailConnection)));
    return true;
}

void MainWindow::destroyViews() {
    if (!m_splitter)
        return;
    QSettings().setValue(kSplitterKey, m_splitter->saveState());
    // Views first, then the model and the workers they use.
    delete m_splitter;
    m_splitter = nullptr;
    m_tabs = nullptr;
    m_portfolio = nullptr;
    m_warnings = nullptr;
    m_panel = nullptr;
    delete m_model;
    m_model = nullptr;
    m_detailWorker.reset();
}

void MainWindow::buildWorkspaceViews(std::unique_ptr<DatabaseWorker> queryWorker,
                                     std::unique_ptr<DatabaseWorker> detailWorker) {
    m_detailWorker = std::move(detailWorker);
    m_model = new PortfolioModel(*m_workspace, std::move(queryWorker), this);
    m_splitter = new QSplitter(Qt::Horizontal, m_pages);
    m_splitter->setChildrenCollapsible(false);
    m_portfolio = new PortfolioView(*m_model, *m_detailWorker, m_splitter);
    m_panel = new CustomerPanel(*m_detailWorker, m_workspace->calendar(), m_splitter);
    m_panel->setMinimumWidth(380);
    m_panel->setVisible(action(QStringLiteral("actionShowDetails"))->isChecked());
    m_warnings = new WarningsView(*m_workspace, m_splitter);
    m_tabs = new QTabWidget(m_splitter);
    m_tabs->setObjectName(QStringLiteral("workspaceTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_portfolio, tr("Portfolio"));
    m_tabs->addTab(m_warnings, tr("Warnings"));
    m_splitter->addWidget(m_tabs);
    m_splitter->addWidget(m_panel);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({860, 500});
    m_splitter->restoreState(QSettings().value(kSplitterKey).toByteArray());
    m_pages->addWidget(m_splitter);
    showWorkspacePage();

    connect(m_portfolio, &PortfolioView::currentCustomerChanged, m_panel,
            &CustomerPanel::showCustomer);
    connect(m_portfolio, &PortfolioView::currentCustomerChanged, this, &MainWindow::updateActions);
    connect(m_panel, &CustomerPanel::loaded, this, &MainWindow::updateActions);
    connect(m_portfolio, &PortfolioView::customerActivated, this, [this] {
        if (action(QStringLiteral("actionEditCustomer"))->isEnabled())
            editCustomer();
    });
    connect(m_warnings, &WarningsView::customerActivated, this, &MainWindow::openWarnedCustomer);
    connect(m_warnings, &WarningsView::loaded, this, &MainWindow::warningsLoaded);
    connect(m_portfolio->archivedFilter(), &QCheckBox::toggled,
            action(QStringLiteral("actionShowArchived")), &QAction::setChecked);
    connect(m_model, &PortfolioModel::loadingChanged, this, &MainWindow::updateStatus);
    connect(m_model, &PortfolioModel::loaded, this, &MainWindow::updateStatus);
    connect(m_model, &PortfolioModel::failed, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    m_portfolio->searchEdit()->setFocus();
}

void MainWindow::closeWorkspace() {
    if (!m_workspace)
        return;
    m_idle->stop();
    m_backupScheduler->stop();
    if (m_lockScreen) {
        // Signing out from the lock screen comes from inside its own signal.
        m_lockScreen->deleteLater();
        m_lockScreen = nullptr;
        m_hiddenWindows.clear();
        menuBar()->setEnabled(true);
        m_toolBar->setEnabled(true);
        emit lockChanged(false);
    }
    closeAdministration();
    m_undo->clear();
    // Views and their connections first, then the workspace's own connection.
    destroyViews();
    delete m_busyPage;
    m_busyPage = nullptr;
    m_workspace.reset();
    m_welcome->setLastDatabase(lastDatabase());
    m_pages->setCurrentWidget(m_welcome);
    updateActions();
    updateStatus();
    emit workspaceChanged();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings().setValue(kGeometryKey, saveGeometry());
    closeWorkspace();
    event->accept();
}

void MainWindow::showWorkspacePage() {
    if (m_lockScreen)
        m_pages->setCurrentWidget(m_lockScreen);
    else if (m_splitter)
        m_pages->setCurrentWidget(m_splitter);
    else if (m_busyPage)
        m_pages->setCurrentWidget(m_busyPage);
}

void MainWindow::suspendViews(const QString& reason) {
    destroyViews();
    if (!m_busyPage) {
        m_busyPage = new QLabel(m_pages);
        m_busyPage->setObjectName(QStringLiteral("busyPage"));
        m_busyPage->setAlignment(Qt::AlignCenter);
        m_busyPage->setWordWrap(true);
        m_pages->addWidget(m_busyPage);
    }
    m_busyPage->setText(reason);
    showWorkspacePage();
    updateActions();
    updateStatus();
}

void MainWindow::resumeViews() {
    if (!m_workspace || m_splitter)
        return;
    if (!createViews())
        return closeWorkspace();
    delete m_busyPage;
    m_busyPage = nullptr;
    showWorkspacePage();
    m_backupScheduler->start(*m_workspace);
    updateActions();
    updateStatus();
}

// ---- the session lock ----

void MainWindow::applyLockTimeout() {
    m_idle->setTimeout(PreferencesDialog::lockMinutes() * 60 * 1000);
}

PreferencesDialog* MainWindow::openPreferences() {
    auto* dialog = new PreferencesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &MainWindow::applyLockTimeout);
    dialog->open();
    return dialog;
}

void MainWindow::lock() {
    if (!m_workspace || m_lockScreen)
        return;
    m_idle->stop();
    hideOwnWindows();
    m_lockScreen = new LockScreen(*m_workspace, m_pages);
    m_pages->addWidget(m_lockScreen);
    showWorkspacePage();
    // A disabled menu bar and tool bar also switch off their shortcuts.
    menuBar()->setEnabled(false);
    m_toolBar->setEnabled(false);
    connect(m_lockScreen, &LockScreen::unlocked, this, &MainWindow::unlock);
    connect(m_lockScreen, &LockScreen::signOutRequested, this, &MainWindow::closeWorkspace);
    m_lockScreen->setFocus();
    emit lockChanged(true);
}

void MainWindow::hideOwnWindows() {
    // Dialogs and tool windows may show customers too. Hiding a dialog shown
    // with exec() ends it as if cancelled.
    for (QWidget* window : findChildren<QWidget*>()) {
        if (window->isWindow() && window->isVisible()) {
            m_hiddenWindows.append(window);
            window->hide();
        }
    }
}

void MainWindow::unlock() {
    if (!m_lockScreen)
        return;
    // Called from the lock screen's own signal: it goes once that returns.
    m_lockScreen->deleteLater();
    m_lockScreen = nullptr;
    menuBar()->setEnabled(true);
    m_toolBar->setEnabled(true);
    showWorkspacePage();
    for (const QPointer<QWidget>& window : std::as_const(m_hiddenWindows))
        if (window)
            window->show();
    m_hiddenWindows.clear();
    m_idle->start();
    emit lockChanged(false);
}

// ---- administration ----

AuditLogDialog* MainWindow::openAuditLog() {
    return showToolDialog<AuditLogDialog>(
        m_auditDialog, [this] { return new AuditLogDialog(*m_workspace, this); });
}

BackupsDialog* MainWindow::openBackups() {
    return showToolDialog<BackupsDialog>(m_backupsDialog, [this] {
        auto* dialog = new BackupsDialog(*m_workspace, this);
        connect(dialog, &BackupsDialog::restoreRequested, this, &MainWindow::restoreBackup);
        return dialog;
    });
}

UsersDialog* MainWindow::openUsers() {
    return showToolDialog<UsersDialog>(m_usersDialog, [this] {
        return new UsersDialog(
            *m_workspace,
            [this](const QString& title, UsersDialog::KeyJob job,
                   std::function<void(Status)> done) {
                runKeyJob(title, std::move(job), std::move(done));
            },
            this);
    });
}

void MainWindow::closeAdministration() {
    // They use the workspace about to close.
    delete m_auditDialog;
    delete m_backupsDialog;
    delete m_usersDialog;
}

void MainWindow::afterScheduledBackup(std::function<void()> next) {
    // A backup under way would write its audit row with the data key of its
    // start, so a job that replaces the key or the whole file waits for it.
    m_backupScheduler->stop();
    if (!m_backupScheduler->isChecking())
        return next();
    connect(m_backupScheduler, &BackupScheduler::checked, this, std::move(next),
            Qt::SingleShotConnection);
}

void MainWindow::runKeyJob(const QString& title, UsersDialog::KeyJob job,
                           std::function<void(Status)> done) {
    afterScheduledBackup([this, title, job = std::move(job), done = std::move(done)] {
        // The views' own connections read with the old key: they close for
        // the job and open again under the new one.
        suspendViews(tr("Re-encrypting personal data under a new key. The customers return "
                        "when it is done."));
        auto opened = m_workspace->openWorker();
        if (!opened) {
            resumeViews();
            return done(opened.error());
        }
        std::shared_ptr<domain::Workspace> worker = std::move(*opened);
        BackgroundTask* task = BackgroundTask::start<Status>(
            this, title,
            [worker, job](const domain::JobControl& control) { return job(*worker, control); },
            [this, worker, done](Status result) {
                // The job's connection holds the key it made; this one moves to it.
                if (result)
                    result = m_workspace->replaceDataKey(worker->session().dataKey);
                resumeViews();
                done(result);
            });
        // Re-keying is one transaction that must not stop halfway.
        task->dialog()->setCancelButton(nullptr);
        task->dialog()->setRange(0, 0);
    });
}

void MainWindow::restoreBackup(const QString& backupPath, const QString& password) {
    if (!m_workspace)
        return;
    // The restored file has its own users and key: everyone signs in again.
    for (QDialog* dialog : {static_cast<QDialog*>(m_auditDialog.data()),
                            static_cast<QDialog*>(m_backupsDialog.data()),
                            static_cast<QDialog*>(m_usersDialog.data())})
        if (dialog)
            dialog->hide();
    afterScheduledBackup([this, backupPath, password] {
        suspendViews(
            tr("Restoring the database from %1.").arg(QDir::toNativeSeparators(backupPath)));
        auto opened = m_workspace->openWorker();
        if (!opened) {
            showError(tr("Restore From Backup"), qs(opened.error().message));
            resumeViews();
            return emit restoreFinished(false);
        }
        std::shared_ptr<domain::Workspace> worker = std::move(*opened);
        using RestoreResult = Result<domain::BackupInfo>;
        BackgroundTask* task = BackgroundTask::start<RestoreResult>(
            this, tr("Restore From Backup"),
            [worker, file = ss(backupPath), typed = ss(password)](const domain::JobControl& job) {
                job.report(0, tr("Checking the backup, then restoring it").toStdString());
                return domain::MaintenanceService(*worker).restore(file, typed);
            },
            [this, worker, backupPath, password](RestoreResult result) {
                if (!result) {
                    showError(tr("Restore From Backup"), qs(result.error().message));
                    resumeViews();
                    return emit restoreFinished(false);
                }
                const QString path = qs(m_workspace->databasePath());
                const std::string username = m_workspace->session().username;
                closeWorkspace();
                signInAgain(path, username, ss(password), backupPath);
            });
        task->dialog()->setCancelButton(nullptr);
        task->dialog()->setRange(0, 0);
    });
}

void MainWindow::signInAgain(const QString& path, const std::string& username,
                             const std::string& password, const QString& restoredFrom) {
    // The password was just confirmed against the backup too, so signing in
    // to the restored file with it normally succeeds; otherwise the user does.
    runAsync<WorkspaceResult>(
        this,
        [file = ss(path), username, password]() -> WorkspaceResult {
            auto opened = domain::Workspace::open(file);
            if (!opened)
                return opened.error();
            TESSERA_TRY((*opened)->login(username, password));
            return opened;
        },
        [this, path, restoredFrom](WorkspaceResult result) {
            if (!result) {
                openDatabase(path);
                return emit restoreFinished(false);
            }
            setWorkspace(std::move(*result));
            showMessage(this, QMessageBox::Information, tr("Restore From Backup"),
                        tr("The database was restored from %1. Its state before the restore was "
                           "saved to the backups folder.")
                            .arg(QDir::toNativeSeparators(restoredFrom)));
            emit restoreFinished(true);
        });
}

// ---- customers ----

CommandHooks MainWindow::commandHooks() {
    return {[this](std::int64_t id) { customerChanged(id); },
            [this](const QString& message) { showError(tr("Undo"), message); }};
}

void MainWindow::customerChanged(std::int64_t customerId) {
    if (!m_model)
        return;
    if (customerId != 0)
        m_portfolio->selectWhenLoaded(customerId);
    m_model->refresh();
    m_portfolio->reloadChoices();
    if (customerId == 0 || customerId == m_panel->customerId())
        m_panel->reload();
    if (m_warnings->hasLoaded())
        m_warnings->reload();
}

void MainWindow::showWarnings() {
    if (m_tabs)
        m_tabs->setCurrentWidget(m_warnings);
}

// A warning's customer opens in the 360 view beside the list, which stays
// open for the next warning; the portfolio selects it too when it is loaded,
// so the Edit actions work on the customer shown.
void MainWindow::openWarnedCustomer(std::int64_t customerId) {
    action(QStringLiteral("actionShowDetails"))->setChecked(true);
    m_portfolio->selectCustomer(customerId);
    m_panel->showCustomer(customerId);
}

void MainWindow::warningsLoaded(int count) {
    m_tabs->setTabText(m_tabs->indexOf(m_warnings), tr("Warnings (%L1)").arg(count));
}

void MainWindow::newCustomer() {
    if (!m_workspace)
        return;
    CustomerEditorDialog editor(*m_workspace, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    auto created = domain::CustomerService(*m_workspace).open(editor.savedId());
    if (!created)
        return showError(tr("New Customer"), qs(created.error().message));
    m_undo->push(new CreateCustomerCommand(*m_workspace, commandHooks(), created->record));
    customerChanged(editor.savedId());
}

void MainWindow::editCustomer() {
    const std::int64_t id = m_portfolio ? m_portfolio->currentCustomerId() : 0;
    if (id == 0)
        return;
    domain::CustomerService service(*m_workspace);
    auto before = service.open(id); // fresh, with the current version
    if (!before)
        return showError(tr("Edit Customer"), qs(before.error().message));
    CustomerEditorDialog editor(*m_workspace, this);
    editor.setRecord(before->record);
    if (editor.exec() != QDialog::Accepted)
        return;
    auto after = service.open(id);
    if (!after)
        return showError(tr("Edit Customer"), qs(after.error().message));
    m_undo->push(
        new EditCustomerCommand(*m_workspace, commandHooks(), before->record, after->record));
    customerChanged(id);
}

void MainWindow::toggleArchived() {
    const std::int64_t id = m_portfolio ? m_portfolio->currentCustomerId() : 0;
    if (id == 0)
        return;
    domain::CustomerService service(*m_workspace);
    auto current = service.open(id);
    if (!current)
        return showError(tr("Archive Customer"), qs(current.error().message));
    const bool archive = !current->record.archived;
    if (Status done = service.setArchived(id, archive); !done)
        return showError(archive ? tr("Archive Customer") : tr("Restore Customer"),
                         qs(done.error().message));
    m_undo->push(new ArchiveCustomerCommand(*m_workspace, commandHooks(), id,
                                            qs(current->record.code), archive));
    customerChanged(id);
}

// ---- import and export ----

void MainWindow::importData() {
    ImportDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        runImport(dialog.request());
}

void MainWindow::runImport(domain::ImportRequest request) {
    std::shared_ptr<domain::Workspace> worker = openWorkerOrWarn();
    if (!worker)
        return emit importFinished(false);
    // Rejected rows go to a temporary file; the report offers to save them.
    auto rejects = std::make_shared<QTemporaryDir>();
    if (rejects->isValid())
        request.rejectsPath = ss(rejects->filePath(QStringLiteral("rejected-rows.csv")));
    using ImportResult = Result<domain::ImportReport>;
    BackgroundTask::start<ImportResult>(
        this, tr("Import"),
        [worker, request](const domain::JobControl& job) {
            return domain::ImportService(*worker).run(request, job);
        },
        [this, rejects](ImportResult result) {
            if (!result) {
                showError(tr("Import"), qs(result.error().message));
                return emit importFinished(false);
            }
            auto* report = new ImportReportDialog(*result, rejects, this);
            report->setAttribute(Qt::WA_DeleteOnClose);
            report->open();
            customerChanged(0);
            emit importFinished(true);
        });
}

void MainWindow::exportPortfolio() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Portfolio"),
                                                      QDir(folder).filePath(tr("portfolio.csv")),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        exportPortfolioTo(path);
}

void MainWindow::exportPortfolioTo(const QString& path) {
    if (!m_portfolio)
        return;
    withExportConnection(
        domain::CustomerService(*m_workspace).exportNeedsConfirmation(), tr("Export Portfolio"),
        tr("The export will contain personal data without masking: names, phone numbers and "
           "email addresses. Enter your password to confirm that it may leave the database."),
        [this, path](std::shared_ptr<domain::Workspace> worker) {
            startExport(std::move(worker), path);
        },
        [this] { emit exportFinished(false); });
}

void MainWindow::withExportConnection(
    bool confirm, const QString& title, const QString& message,
    const std::function<void(std::shared_ptr<domain::Workspace>)>& start,
    const std::function<void()>& dropped) {
    if (!confirm) {
        std::shared_ptr<domain::Workspace> worker = openWorkerOrWarn();
        return worker ? start(std::move(worker)) : dropped();
    }
    // Personal data leaves unmasked only after the password is given again;
    // the domain refuses the export otherwise. The confirmation holds on the
    // connection it was made on, so the export runs there.
    auto* dialog = new PasswordConfirmDialog(*m_workspace, title, message, tr("Export"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [dialog, start] { start(dialog->confirmedConnection()); });
    connect(dialog, &QDialog::rejected, this, dropped);
    dialog->open();
}

void MainWindow::startExport(std::shared_ptr<domain::Workspace> worker, const QString& path) {
    if (!m_portfolio)
        return emit exportFinished(false);
    using ExportResult = Result<std::int64_t>;
    BackgroundTask::start<ExportResult>(
        this, tr("Export Portfolio"),
        [worker, filter = m_portfolio->currentFilter(),
         file = ss(path)](const domain::JobControl& job) {
            return domain::CustomerService(*worker).exportCsv(filter, file, job);
        },
        [this, path](ExportResult result) {
            if (!result) {
                showError(tr("Export Portfolio"), qs(result.error().message));
                return emit exportFinished(false);
            }
            statusBar()->showMessage(
                tr("Exported %Ln customer(s) to %1", nullptr, static_cast<int>(*result))
                    .arg(QDir::toNativeSeparators(path)),
                10000);
            emit exportFinished(true);
        });
}

// ---- reports ----

TierReportDialog* MainWindow::openTierReport() {
    if (!m_workspace || !m_splitter)
        return nullptr;
    auto* dialog = new TierReportDialog(*m_detailWorker, m_splitter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        exportTierReport(dialog->request(), dialog->format(), dialog->path());
    });
    dialog->open();
    return dialog;
}

void MainWindow::exportTierReport(const domain::TierReportRequest& request, const QString& format,
                                  const QString& path) {
    if (!m_workspace)
        return;
    withExportConnection(
        domain::TierReportService(*m_workspace).exportNeedsConfirmation(), tr("Tier Report"),
        tr("The tier report will contain the names of persons without masking. Enter your "
           "password to confirm that they may leave the database."),
        [this, request, format, path](std::shared_ptr<domain::Workspace> worker) {
            startTierReport(std::move(worker), request, format, path);
        },
        [this] { emit tierReportFinished(false); });
}

void MainWindow::startTierReport(std::shared_ptr<domain::Workspace> worker,
                                 const domain::TierReportRequest& request, const QString& format,
                                 const QString& path) {
    using ReportResult = Result<domain::TierReportExport>;
    BackgroundTask::start<ReportResult>(
        this, tr("Tier Report"),
        [worker, request, format = ss(format), file = ss(path)](const domain::JobControl& job) {
            return domain::TierReportService(*worker).exportReport(request, format, file, job);
        },
        [this, path](ReportResult result) {
            if (!result && result.error().code == ErrorCode::Cancelled) {
                statusBar()->showMessage(tr("Tier report cancelled; no file was written."), 10000);
                return emit tierReportFinished(false);
            }
            if (!result) {
                showError(tr("Tier Report"), qs(result.error().message));
                return emit tierReportFinished(false);
            }
            statusBar()->showMessage(tr("Tier report of %Ln customer(s) written to %1", nullptr,
                                        static_cast<int>(result->customers))
                                         .arg(QDir::toNativeSeparators(path)),
                                     10000);
            emit tierReportFinished(true);
        });
}

// ---- scoring ----

void MainWindow::scoreNow() {
    if (!m_workspace)
        return;
    ScoreNowDialog dialog(*m_detailWorker, m_workspace->calendar(), this);
    if (dialog.exec() == QDialog::Accepted)
        runScoring(dialog.request());
}

void MainWindow::runScoring(const domain::ScoringRequest& request) {
    std::shared_ptr<domain::Workspace> worker = openWorkerOrWarn();
    if (!worker)
        return emit scoringFinished(false);
    using ScoringResult = Result<domain::ScoringRunSummary>;
    BackgroundTask::start<ScoringResult>(
        this, tr("Score Now"),
        [worker, request](const domain::JobControl& job) {
            return domain::ScoringService(*worker).run(request, job);
        },
        [this](ScoringResult result) { scoringDone(std::move(result)); });
}

void MainWindow::scoringDone(Result<domain::ScoringRunSummary> result) {
    if (!result && result.error().code == ErrorCode::Cancelled) {
        // The run was one transaction: nothing of it was kept.
        statusBar()->showMessage(tr("Scoring cancelled; nothing was saved."), 10000);
        return emit scoringFinished(false);
    }
    if (!result) {
        showError(tr("Score Now"), qs(result.error().message));
        return emit scoringFinished(false);
    }
    customerChanged(0); // the portfolio and the 360 view show the new run
    showMessage(this, QMessageBox::Information, tr("Scoring Finished"),
                ScoreText::runSummary(*result));
    emit scoringFinished(true);
}

template <typename Dialog>
Dialog* MainWindow::showToolDialog(QPointer<Dialog>& slot, const std::function<Dialog*()>& make) {
    if (!m_workspace)
        return nullptr;
    if (!slot) {
        slot = make();
        slot->setAttribute(Qt::WA_DeleteOnClose);
    }
    slot->show();
    slot->raise();
    slot->activateWindow();
    return slot;
}

ScoringProfileDialog* MainWindow::openScoringProfile() {
    return showToolDialog<ScoringProfileDialog>(m_profileDialog, [this] {
        const bool canEdit =
            domain::AccessPolicy::check(m_workspace->session(), domain::Action::EditScoringProfile)
                .ok();
        // Owned by the workspace's views: closing the database closes it too.
        return new ScoringProfileDialog(*m_detailWorker, canEdit, m_splitter);
    });
}

CompareRunsDialog* MainWindow::openCompareRuns() {
    return showToolDialog<CompareRunsDialog>(m_compareDialog, [this] {
        auto* dialog = new CompareRunsDialog(*m_detailWorker, m_splitter);
        connect(dialog, &CompareRunsDialog::customerActivated, this, [this](std::int64_t id) {
            if (m_portfolio)
                m_portfolio->selectCustomer(id);
        });
        return dialog;
    });
}

// ---- preferences and help ----

void MainWindow::chooseLanguage(const QString& code) {
    Translations::save(code);
    showMessage(
        this, QMessageBox::Information, tr("Language"),
        tr("Tessera will use %1 the next time it starts.").arg(Translations::nativeName(code)));
}

void MainWindow::about() {
    QMessageBox* box = showMessage(
        this, QMessageBox::NoIcon, tr("About Tessera"),
        tr("<h3>Tessera CRM Workstation %1</h3>"
           "<p>Client portfolios, customer journeys, satisfaction and the return on relationship "
           "spending, in one local database file.</p>")
            .arg(QCoreApplication::applicationVersion()));
    box->setIconPixmap(appIcon(QStringLiteral("tessera")).pixmap(64, 64));
}

} // namespace tessera::app
