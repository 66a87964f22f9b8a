#pragma once

// Tessera's main window: the portfolio beside the customer 360 view, with
// menus, a toolbar, undoable customer edits, import and export, and a status
// bar naming the signed-in user, the database and the customers shown.

#include "app/CustomerCommand.h"
#include "domain/ImportReport.h"
#include "domain/ScoringService.h"
#include "domain/Workspace.h"

#include <QMainWindow>
#include <QPointer>
#include <memory>

class QAction;
class QLabel;
class QSplitter;
class QStackedWidget;
class QToolBar;
class QUndoStack;

namespace tessera::app {

class CompareRunsDialog;
class CustomerPanel;
class DatabaseWorker;
class PortfolioModel;
class PortfolioView;
class ScoringProfileDialog;
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

    domain::Workspace* workspace() const { return m_workspace.get(); }
    PortfolioView* portfolio() const { return m_portfolio; }
    PortfolioModel* portfolioModel() const { return m_model; }
    CustomerPanel* customerPanel() const { return m_panel; }
    QUndoStack* undoStack() const { return m_undo; }
    QAction* action(const QString& name) const; // by object name, e.g. "actionUndo"
    QString statusText() const;                 // the status bar's permanent labels

signals:
    void workspaceChanged();
    void importFinished(bool ok);
    void exportFinished(bool ok);
    void scoringFinished(bool ok);

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
    void chooseLanguage(const QString& code);
    void about();
    void buildWorkspaceViews(std::unique_ptr<DatabaseWorker> queryWorker,
                             std::unique_ptr<DatabaseWorker> detailWorker);
    CommandHooks commandHooks();
    void customerChanged(std::int64_t customerId);
    std::unique_ptr<domain::Workspace> openWorkerOrWarn();

    std::unique_ptr<domain::Workspace> m_workspace;
    std::unique_ptr<DatabaseWorker> m_detailWorker;
    QStackedWidget* m_pages = nullptr;
    WelcomePage* m_welcome = nullptr;
    QSplitter* m_splitter = nullptr;
    PortfolioModel* m_model = nullptr;
    PortfolioView* m_portfolio = nullptr;
    CustomerPanel* m_panel = nullptr;
    QUndoStack* m_undo = nullptr;
    QToolBar* m_toolBar = nullptr;
    QLabel* m_userLabel = nullptr;
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_countLabel = nullptr;
    QPointer<ScoringProfileDialog> m_profileDialog;
    QPointer<CompareRunsDialog> m_compareDialog;
};

} // namespace tessera::app
