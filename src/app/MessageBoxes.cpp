#include "app/MessageBoxes.h"

namespace tessera::app {

QMessageBox* showMessage(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                         const QString& text) {
    auto* box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("tesseraMessage"));
    box->open();
    return box;
}

} // namespace tessera::app
