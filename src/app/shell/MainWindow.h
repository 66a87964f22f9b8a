#pragma once

// Tessera's main window: the portfolio beside the customer 360 view, with
// menus, a toolbar, undoable customer edits, import and export, and a status
// bar naming the signed-in user, the database and the customers shown. It
// locks the session after idle time, makes the scheduled backups, and holds
// the administrators' windows (users, backups, audit log).

#include "app/customer/CustomerCommand.h"
#include "app/admin/UsersDialog.h"
#include "domain/import/ImportReport.h"
#include "domain/scoring/ScoringService.h"
#include "domain/reports/TierReport.h"
#include "domain/workspace/Workspace.h"

#include <QMainWindow>
#include <QPointer>
#include <memory>

class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QToolBar;
class QUndoStack;

namespace tessera::app {

class AuditLogDialog;
class BackupScheduler;
class BackupsDialog;
class CompareRunsDialog;
class CustomerPanel;
class DatabaseWorker;
class IdleMonitor;
class LockScreen;
class PortfolioModel;
class PortfolioView;
class PreferencesDialog;
class ScoringProfileDialog;
class TierReportDialog;
class WarningsView;
class WelcomePage;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Shows the sign-in dialog for `path`; the portfolio opens once signed in.
    void openDatabase(const QString& path);
    // Opens the demo database, creating and filling it on first use.
    void openDemoDatabase();
    // Shows the portfolio of a signed-in workspace (replacing any open one).
    void setWorkspace(std::unique_ptr<domain::Workspace> workspace);
    void closeWorkspace();
    // The database opened last (saved in QSettings), or empty.
    static QString lastDatabase();

    // The File menu's jobs without their file dialogs (the tests call these).
    void runImport(domain::ImportRequest request);
    void exportPortfolioTo(const QString& path);
    // The Edit menu's customer actions on the selected customer.
    void newCustomer();
    void editCustomer();
    void toggleArchived();
    // The Scoring menu: a run in the background (without the dialog), the
    // profile versions and their settings, and the tier changes between runs.
    void runScoring(const domain::ScoringRequest& request);
    ScoringProfileDialog* openScoringProfile();
    CompareRunsDialog* openCompareRuns();
    // Reports > Tier Report: the dialog, and the export it asks for (the tests
    // call it without the dialog): in the background, after the password
    // when names leave unmasked.
    TierReportDialog* openTierReport();
    void exportTierReport(const domain::TierReportRequest& request, const QString& format,
                          const QString& path);
    // The Administration menu's windows (shown to administrators only; the
    // domain refuses everyone else anyway).
    AuditLogDialog* openAuditLog();
    BackupsDialog* openBackups();
    UsersDialog* openUsers();
    // Edit > Preferences, opened window-modal; the idle time applies when it is accepted.
    PreferencesDialog* openPreferences();

    // The session lock: hides the customers (and every other window of this
    // one) behind the lock screen until the password is given again. The idle
    // monitor calls it after the idle time set in the preferences.
    void lock();
    bool isLocked() const { return m_lockScreen != nullptr; }
    LockScreen* lockScreen() const { return m_lockScreen; }
    IdleMonitor* idleMonitor() const { return m_idle; }
    BackupScheduler* backupScheduler() const { return m_backupScheduler; }

    domain::Workspace* workspace() const { return m_workspace.get(); }
    PortfolioView* portfolio() const { return m_portfolio; }
    PortfolioModel* portfolioModel() const { return m_model; }
    CustomerPanel* customerPanel() const { return m_panel; }
    WarningsView* warningsView() const { return m_warnings; }
    // View > Warnings: shows the Warnings tab beside the portfolio.
    void showWarnings();
    QUndoStack* undoStack() const { return m_undo; }
    QAction* action(const QString& name) const; // by object name, e.g. "actionUndo"
    QString statusText() const;                 // the status bar's permanent labels

signals:
    void workspaceChanged();
    void importFinished(bool ok);
    void exportFinished(bool ok);
    void scoringFinished(bool ok);
    void tierReportFinished(bool ok);
    void lockChanged(bool locked);
    // A restore has finished: ok once the restored database is open again.
    void restoreFinished(bool ok);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    QAction* makeAction(const QString& name, const QString& text, const QKeySequence& shortcut,
                        const QIcon& icon = {});
    void updateActions();
    void updateStatus();
    void showError(const QString& title, const QString& message);

    void newDatabase();
    void chooseDatabase();
    void importData();
    void scoreNow();
    void scoringDone(Result<domain::ScoringRunSummary> result);
    template <typename Dialog>
    Dialog* showToolDialog(QPointer<Dialog>& slot, const std::function<Dialog*()>& make);
    void exportPortfolio();
    void startExport(std::shared_ptr<domain::Workspace> worker, const QString& path);
    // Calls `start` with a worker connection for an export; with `confirm`,
    // once the password was given again on it. `dropped` when there is none.
    void withExportConnection(bool confirm, const QString& title, const QString& message,
                              const std::function<void(std::shared_ptr<domain::Workspace>)>& start,
                              const std::function<void()>& dropped);
    void startTierReport(std::shared_ptr<domain::Workspace> worker,
                         const domain::TierReportRequest& request, const QString& format,
                         const QString& path);
    void unlock();
    void hideOwnWindows();
    void showWorkspacePage();
    void applyLockTimeout();
    bool createViews();
    void destroyViews();
    void suspendViews(const QString& reason);
    void resumeViews();
    void closeAdministration();
    void afterScheduledBackup(std::function<void()> next);
    void restoreBackup(const QString& backupPath, const QString& password);
    void signInAgain(const QString& path, const std::string& username, const std::string& password,
                     const QString& restoredFrom);
    void runKeyJob(const QString& title, UsersDialog::KeyJob job, std::function<void(Status)> done);
    void chooseLanguage(const QString& code);
    void about();
    void buildWorkspaceViews(std::unique_ptr<DatabaseWorker> queryWorker,
                             std::unique_ptr<DatabaseWorker> detailWorker);
    CommandHooks commandHooks();
    void customerChanged(std::int64_t customerId);
    void openWarnedCustomer(std::int64_t customerId);
    void warningsLoaded(int count);
    std::unique_ptr<domain::Workspace> openWorkerOrWarn();

    std::unique_ptr<domain::Workspace> m_workspace;
    std::unique_ptr<DatabaseWorker> m_detailWorker;
    QStackedWidget* m_pages = nullptr;
    WelcomePage* m_welcome = nullptr;
    QSplitter* m_splitter = nullptr;
    PortfolioModel* m_model = nullptr;
    PortfolioView* m_portfolio = nullptr;
    CustomerPanel* m_panel = nullptr;
    QTabWidget* m_tabs = nullptr; // the portfolio and the warnings
    WarningsView* m_warnings = nullptr;
    QUndoStack* m_undo = nullptr;
    QToolBar* m_toolBar = nullptr;
    QLabel* m_userLabel = nullptr;
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_countLabel = nullptr;
    QPointer<ScoringProfileDialog> m_profileDialog;
    QPointer<CompareRunsDialog> m_compareDialog;
    QPointer<AuditLogDialog> m_auditDialog;
    QPointer<BackupsDialog> m_backupsDialog;
    QPointer<UsersDialog> m_usersDialog;
    QMenu* m_reportsMenu = nullptr;
    QMenu* m_adminMenu = nullptr;
    QLabel* m_busyPage = nullptr; // stands in for the views while a job re-keys or restores
    LockScreen* m_lockScreen = nullptr;
    QList<QPointer<QWidget>> m_hiddenWindows; // hidden by the lock, shown again by unlocking
    IdleMonitor* m_idle = nullptr;
    BackupScheduler* m_backupScheduler = nullptr;
};

} // namespace tessera::app
