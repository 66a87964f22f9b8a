#pragma once

// The portfolio's actions on the main window: finding customers, showing the
// archived ones, the 360 view and the warnings, refreshing, and exporting the
// customers shown to CSV (after the password when personal data leaves
// unmasked). Registers File > Export Portfolio and the View menu's entries.

#include "app/common/ActionRegistry.h"
#include "app/common/WorkspaceContext.h"

namespace tessera::app {

class PortfolioController : public QObject {
    Q_OBJECT

public:
    PortfolioController(WorkspaceContext& context, ActionRegistry& actions);

    // File > Export Portfolio without its file dialog (the tests call it).
    void exportPortfolioTo(const QString& path);

signals:
    void exportFinished(bool ok);

private:
    void registerActions(ActionRegistry& actions);
    void viewsBuilt();
    void exportPortfolio();
    void startExport(std::shared_ptr<domain::Workspace> worker, const QString& path);

    WorkspaceContext& m_context;
    ActionRegistry& m_actions;
};

} // namespace tessera::app
