#pragma once

// Signing in and out: opening a database (the sign-in dialog), creating one,
// the demo database, closing; the session lock after idle time or on request,
// and the preferences that set it. Registers the File menu's database entries,
// Lock Session and Edit > Preferences.

#include "app/common/ActionRegistry.h"
#include "app/common/WorkspaceContext.h"

#include <QList>
#include <QPointer>

namespace tessera::app {

class IdleMonitor;
class LockScreen;
class PreferencesDialog;

class SessionController : public QObject {
    Q_OBJECT

public:
    SessionController(WorkspaceContext& context, ActionRegistry& actions);

    // The database opened last (saved in QSettings), or empty.
    static QString lastDatabase();

    // Shows the sign-in dialog for `path`; the portfolio opens once signed in.
    void openDatabase(const QString& path);
    void chooseDatabase();
    void newDatabase();
    // Opens the demo database, creating and filling it on first use.
    void openDemoDatabase();
    void closeWorkspace();
    // Edit > Preferences, opened window-modal; the idle time applies when it is accepted.
    PreferencesDialog* openPreferences();

    // The session lock: hides the customers (and every other window of the
    // main window) behind the lock screen until the password is given again.
    void lock();
    bool isLocked() const { return m_lockScreen != nullptr; }
    LockScreen* lockScreen() const { return m_lockScreen; }
    IdleMonitor* idleMonitor() const { return m_idle; }

signals:
    void lockChanged(bool locked);

private:
    void registerActions(ActionRegistry& actions);
    void opened();
    void closing();
    void unlock();
    void hideOwnWindows();
    void applyLockTimeout();

    WorkspaceContext& m_context;
    IdleMonitor* m_idle = nullptr;
    LockScreen* m_lockScreen = nullptr;
    QList<QPointer<QWidget>> m_hiddenWindows; // hidden by the lock, shown again by unlocking
};

} // namespace tessera::app
