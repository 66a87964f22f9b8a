#include "app/teammode/ServerConnectionController.h"

#include "app/common/Text.h"
#include "app/session/SessionController.h"
#include "app/teammode/ConnectServerDialog.h"
#include "storage/postgres/ServerUri.h"

#include <QAction>
#include <QMainWindow>
#include <QSettings>

namespace tessera::app {
namespace {

const QString kRecentKey = QStringLiteral("teammode/recentServers");
constexpr int kDatabasesSection = 0; // SessionController's section of the File menu

} // namespace

ServerConnectionController::ServerConnectionController(WorkspaceContext& context,
                                                       ActionRegistry& actions,
                                                       SessionController& session)
    : QObject(&context), m_context(context), m_session(session) {
    QAction* connectAction =
        actions.add(QStringLiteral("actionConnectServer"), tr("Connect to &Server…"));
    connectAction->setStatusTip(tr("Work on your team's shared PostgreSQL server"));
    connect(connectAction, &QAction::triggered, this, &ServerConnectionController::connectToServer);
    actions.placeInMenu(Menu::File, kDatabasesSection, connectAction);
    connect(&m_context, &WorkspaceContext::opened, this, &ServerConnectionController::opened);
}

QStringList ServerConnectionController::recentServers() {
    return QSettings().value(kRecentKey).toStringList();
}

void ServerConnectionController::remember(const QString& uri) {
    const QString shown = qs(storage::withoutPassword(ss(uri)));
    QStringList recent = recentServers();
    recent.removeAll(shown);
    recent.prepend(shown);
    while (recent.size() > kRecentLimit)
        recent.removeLast();
    QSettings().setValue(kRecentKey, recent);
}

void ServerConnectionController::connectToServer() {
    ConnectServerDialog dialog(recentServers(), m_context.window());
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_session.openDatabase(dialog.uri());
}

void ServerConnectionController::opened() {
    const std::string path = m_context.workspace()->databasePath();
    if (storage::isServerUri(path))
        remember(qs(path));
}

} // namespace tessera::app
