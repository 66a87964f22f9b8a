#include "app/common/AppResources.h"

#include <QCoreApplication>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initialiseIconResources() {
    Q_INIT_RESOURCE(icons);
}

namespace tessera::app {

void initialiseResources() {
    initialiseIconResources();
}

void setApplicationIdentity() {
    QCoreApplication::setOrganizationName(QStringLiteral("Tessera"));
    QCoreApplication::setApplicationName(QStringLiteral("Tessera"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TESSERA_VERSION));
}

QIcon appIcon(const QString& name) {
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(name));
}

} // namespace tessera::app
