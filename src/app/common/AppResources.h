#pragma once

// Icons compiled into the tessera_app library, and the application's identity.

#include <QIcon>
#include <QString>

namespace tessera::app {

// Registers the library's resources; call once after QApplication exists
// (a static library's resources are not linked in by themselves).
void initialiseResources();

// Sets the organisation and application names QSettings and QStandardPaths use.
void setApplicationIdentity();

// An icon from resources/icons by name, e.g. "customer-new".
QIcon appIcon(const QString& name);

} // namespace tessera::app
