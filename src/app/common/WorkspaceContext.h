#pragma once

// What the controllers of the main window share: the open database, the views
// on it and the undo stack. The main window's WorkspaceView implements it; the
// controllers (one per capability, registering their own actions) see only
// this, so a capability's folder never includes the shell above it.

#include "domain/workspace/Workspace.h"

#include <QObject>
#include <QString>
#include <cstdint>
#include <memory>

class QMainWindow;
class QTabWidget;
class QUndoStack;
class QWidget;

namespace tessera::app {

class CustomerPanel;
class DatabaseWorker;
class PortfolioModel;
class PortfolioView;
class WarningsView;

class WorkspaceContext : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    // The signed-in workspace, nullptr when no database is open.
    virtual domain::Workspace* workspace() const = 0;
    // The views are up: a database is open and no job (re-keying, restoring) has them down.
    virtual bool viewsUp() const = 0;
    virtual QMainWindow* window() const = 0;
    // The parent of windows that must close with the database's views.
    virtual QWidget* viewsParent() const = 0;
    // The views' second connection, for the customer details and tool dialogs.
    virtual DatabaseWorker* detailWorker() const = 0;
    virtual QUndoStack* undoStack() const = 0;
    virtual PortfolioModel* portfolioModel() const = 0;
    virtual PortfolioView* portfolio() const = 0;
    virtual CustomerPanel* customerPanel() const = 0;
    virtual WarningsView* warningsView() const = 0;
    // The tabs beside the 360 view (Portfolio, Warnings); capabilities add
    // their own views here when the views are built (viewsBuilt).
    virtual QTabWidget* tabs() const = 0;
    // The customer selected in the portfolio, 0 when none.
    virtual std::int64_t currentCustomerId() const = 0;
    // Brings the Warnings tab to the front.
    virtual void showWarnings() = 0;
    // Shows or hides the customer 360 view beside the lists.
    virtual void setDetailsVisible(bool visible) = 0;
    // Selects a customer in the portfolio and shows it in the 360 view.
    virtual void openCustomer(std::int64_t customerId) = 0;

    // Shows a signed-in workspace (replacing any open one), or closes it.
    virtual void open(std::unique_ptr<domain::Workspace> workspace) = 0;
    virtual void close() = 0;
    // Takes the views down while a job replaces the key or the file, and back up.
    virtual void suspend(const QString& reason) = 0;
    virtual void resume() = 0;
    // A page shown instead of the views (the lock screen), nullptr to show them again.
    virtual void setCover(QWidget* cover) = 0;

    // After an edit, an import or a scoring run: the views read again; a
    // customer id also selects that customer (0: everything reloads).
    virtual void customerChanged(std::int64_t customerId) = 0;
    // A connection for a background job, or nullptr after telling the user why not.
    virtual std::unique_ptr<domain::Workspace> openWorkerOrWarn() = 0;
    virtual void showStatus(const QString& message, int milliseconds) = 0;

signals:
    // The views were built, on opening or after a job had them down: owners
    // connect to the new views here.
    void viewsBuilt();
    void opened();  // a workspace is shown
    void closing(); // about to close: windows on it close first
    void closed();
    // The views came up or went down, the selection moved, or the customer shown loaded.
    void changed();
    // The status bar's figures changed (rows shown, loading).
    void statusChanged();
    // The 360 view was shown or hidden (opening a warned customer shows it).
    void detailsVisibleChanged(bool visible);
    // A customer was double-clicked (or Enter pressed) in the portfolio.
    void customerActivated(std::int64_t customerId);
    // Stored data changed (customerChanged()): views owned by capabilities read again.
    void dataChanged(std::int64_t customerId);
};

} // namespace tessera::app
