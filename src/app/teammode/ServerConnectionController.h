#pragma once

// Team mode in the GUI: File > Connect to Server…, and the list of servers
// connected to before (kept without passwords). Signing in goes through the
// session's sign-in dialog, as for a file.

#include "app/common/ActionRegistry.h"
#include "app/common/WorkspaceContext.h"

#include <QObject>
#include <QStringList>

namespace tessera::app {

class SessionController;

class ServerConnectionController : public QObject {
    Q_OBJECT

public:
    static constexpr int kRecentLimit = 8;

    ServerConnectionController(WorkspaceContext& context, ActionRegistry& actions,
                               SessionController& session);

    // The servers signed in to before, most recent first, without passwords.
    static QStringList recentServers();
    // Puts `uri` (its password removed) first in the recent list.
    static void remember(const QString& uri);

    void connectToServer();

private:
    void opened();

    WorkspaceContext& m_context;
    SessionController& m_session;
};

} // namespace tessera::app
