#pragma once

// Tessera's main window: the frame that holds the workspace view (the
// portfolio and warnings beside the customer 360 view, or the welcome page)
// and the controllers that own the capabilities' actions. Each controller
// registers its actions, menu entries and toolbar buttons with the action
// registry, which gates them by role; the window lays them out and keeps the
// status bar. A new capability adds a controller here and nothing else.

#include <QMainWindow>
#include <memory>

class QLabel;
class QToolBar;
class QUndoStack;

namespace tessera::domain {
class Workspace;
}

namespace tessera::app {

class ActionRegistry;
class AdminController;
class CustomerController;
class DashboardController;
class CustomerPanel;
class ImportController;
class InteractionController;
class MyDayController;
class PortfolioController;
class PortfolioModel;
class PortfolioView;
class ReportsController;
class ScoringController;
class SessionController;
class SurveyController;
class TicketController;
class WarningsView;
class WelcomePage;
class WorkspaceView;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // The capabilities, for the faces' entry points and the tests.
    WorkspaceView* view() const { return m_view; }
    SessionController* session() const { return m_session; }
    CustomerController* customers() const { return m_customers; }
    PortfolioController* portfolioActions() const { return m_portfolio; }
    ImportController* imports() const { return m_imports; }
    ScoringController* scoring() const { return m_scoring; }
    ReportsController* reports() const { return m_reports; }
    AdminController* admin() const { return m_admin; }
    InteractionController* interactions() const { return m_interactions; }
    TicketController* tickets() const { return m_tickets; }
    MyDayController* myDay() const { return m_myDay; }
    DashboardController* dashboards() const { return m_dashboards; }
    SurveyController* surveys() const { return m_surveys; }

    // Shows the portfolio of a signed-in workspace (replacing any open one), or closes it.
    void setWorkspace(std::unique_ptr<domain::Workspace> workspace);
    void closeWorkspace();

    // The open database and its views (nullptr when none is open).
    domain::Workspace* workspace() const;
    PortfolioView* portfolio() const;
    PortfolioModel* portfolioModel() const;
    CustomerPanel* customerPanel() const;
    WarningsView* warningsView() const;
    QUndoStack* undoStack() const;
    QAction* action(const QString& name) const; // by object name, e.g. "actionUndo"
    QString statusText() const;                 // the status bar's permanent labels

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createStatusBar();
    void updateActions();
    void updateStatus();
    void setLocked(bool locked);

    ActionRegistry* m_actions = nullptr;
    WelcomePage* m_welcome = nullptr;
    WorkspaceView* m_view = nullptr;
    SessionController* m_session = nullptr;
    CustomerController* m_customers = nullptr;
    PortfolioController* m_portfolio = nullptr;
    ImportController* m_imports = nullptr;
    ScoringController* m_scoring = nullptr;
    ReportsController* m_reports = nullptr;
    AdminController* m_admin = nullptr;
    InteractionController* m_interactions = nullptr;
    TicketController* m_tickets = nullptr;
    MyDayController* m_myDay = nullptr;
    DashboardController* m_dashboards = nullptr;
    SurveyController* m_surveys = nullptr;
    QToolBar* m_toolBar = nullptr;
    QLabel* m_userLabel = nullptr;
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_countLabel = nullptr;
};

} // namespace tessera::app
