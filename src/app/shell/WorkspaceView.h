#pragma once

// The open database on screen: the workspace and its connections, the
// portfolio and warnings tabs beside the customer 360 view, the undo stack,
// and the pages that stand in for them (the welcome page with no database,
// a busy page while a job has the views down, the lock screen's cover).

#include "app/common/WorkspaceContext.h"

#include <QPointer>

class QLabel;
class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace tessera::app {

class WorkspaceView : public WorkspaceContext {
    Q_OBJECT

public:
    // `welcome` is shown while no database is open.
    WorkspaceView(QMainWindow* window, QWidget* welcome);
    ~WorkspaceView() override;

    QStackedWidget* pages() const { return m_pages; }
    QTabWidget* tabs() const override { return m_tabs; }

    domain::Workspace* workspace() const override { return m_workspace.get(); }
    bool viewsUp() const override { return m_workspace && m_splitter; }
    QMainWindow* window() const override { return m_window; }
    QWidget* viewsParent() const override;
    DatabaseWorker* detailWorker() const override { return m_detailWorker.get(); }
    QUndoStack* undoStack() const override { return m_undo; }
    PortfolioModel* portfolioModel() const override { return m_model; }
    PortfolioView* portfolio() const override { return m_portfolio; }
    CustomerPanel* customerPanel() const override { return m_panel; }
    WarningsView* warningsView() const override { return m_warnings; }
    std::int64_t currentCustomerId() const override;
    void showWarnings() override;
    void setDetailsVisible(bool visible) override;
    void openCustomer(std::int64_t customerId) override;

    void open(std::unique_ptr<domain::Workspace> workspace) override;
    void close() override;
    void suspend(const QString& reason) override;
    void resume() override;
    void setCover(QWidget* cover) override;
    void customerChanged(std::int64_t customerId) override;
    std::unique_ptr<domain::Workspace> openWorkerOrWarn() override;
    void showStatus(const QString& message, int milliseconds) override;

private:
    bool createViews();
    void buildViews(std::unique_ptr<DatabaseWorker> queryWorker,
                    std::unique_ptr<DatabaseWorker> detailWorker);
    void destroyViews();
    void showCurrentPage();

    QMainWindow* m_window;
    QStackedWidget* m_pages;
    QWidget* m_welcome;
    QUndoStack* m_undo;
    std::unique_ptr<domain::Workspace> m_workspace;
    std::unique_ptr<DatabaseWorker> m_detailWorker;
    QSplitter* m_splitter = nullptr;
    PortfolioModel* m_model = nullptr;
    PortfolioView* m_portfolio = nullptr;
    CustomerPanel* m_panel = nullptr;
    QTabWidget* m_tabs = nullptr; // the portfolio and the warnings
    WarningsView* m_warnings = nullptr;
    QLabel* m_busyPage = nullptr; // stands in for the views while a job re-keys or restores
    QPointer<QWidget> m_cover;
    bool m_detailsVisible = true;
};

} // namespace tessera::app
