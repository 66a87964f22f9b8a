#pragma once

// Message boxes that do not block: shown window-modal with open() and deleted
// when closed, so a long job's result or an error never stalls the event loop
// (and tests can find and close them).

#include <QMessageBox>

namespace tessera::app {

QMessageBox* showMessage(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                         const QString& text);

} // namespace tessera::app
