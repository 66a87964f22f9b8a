#include "app/session/ExportConnection.h"

#include "app/session/PasswordConfirmDialog.h"

#include <QMainWindow>

namespace tessera::app {

void withExportConnection(WorkspaceContext& context, bool confirm, const QString& title,
                          const QString& message,
                          const std::function<void(std::shared_ptr<domain::Workspace>)>& start,
                          const std::function<void()>& dropped) {
    if (!confirm) {
        std::shared_ptr<domain::Workspace> worker = context.openWorkerOrWarn();
        return worker ? start(std::move(worker)) : dropped();
    }
    auto* dialog = new PasswordConfirmDialog(*context.workspace(), title, message,
                                             PasswordConfirmDialog::tr("Export"), context.window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::accepted, &context,
                     [dialog, start] { start(dialog->confirmedConnection()); });
    QObject::connect(dialog, &QDialog::rejected, &context, dropped);
    dialog->open();
}

} // namespace tessera::app
