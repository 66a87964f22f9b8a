#include "app/common/MessageBoxes.h"

#include "domain/workspace/Log.h"

#include <QLayout>

namespace tessera::app {

QMessageBox* showMessage(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                         const QString& text) {
    auto* box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("tesseraMessage"));
    box->open();
    return box;
}

QMessageBox* showError(QWidget* parent, const QString& title, const Error& error) {
    domain::log::logger().warn("error code={}", domain::log::codeName(error.code));
    return showMessage(parent, QMessageBox::Warning, title, QString::fromStdString(error.message));
}

void growToFit(QWidget* dialog) {
    QLayout* layout = dialog->layout();
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(dialog->width())
                                                   : layout->totalSizeHint().height();
    if (dialog->height() < needed)
        dialog->resize(dialog->width(), needed);
}

} // namespace tessera::app
