#include "app/import/ImportController.h"

#include "app/common/AppResources.h"
#include "app/common/MessageBoxes.h"
#include "app/common/Text.h"
#include "app/import/ImportDialog.h"
#include "app/import/ImportReportDialog.h"
#include "app/jobs/BackgroundTask.h"

#include <QAction>
#include <QMainWindow>
#include <QTemporaryDir>

namespace tessera::app {
namespace {

enum { FileData = 1, ToolBarData = 2 };

} // namespace

ImportController::ImportController(WorkspaceContext& context, ActionRegistry& actions)
    : QObject(&context), m_context(context) {
    QAction* import = actions.add(
        QStringLiteral("actionImport"), tr("&Import…"), QKeySequence(Qt::CTRL | Qt::Key_I),
        appIcon(QStringLiteral("import")), {.permission = domain::Action::ImportData});
    connect(import, &QAction::triggered, this, &ImportController::importData);
    actions.placeInMenu(Menu::File, FileData, import);
    actions.placeOnToolBar(ToolBarData, import, tr("Import"));
}

void ImportController::importData() {
    ImportDialog dialog(m_context.window());
    if (dialog.exec() == QDialog::Accepted)
        runImport(dialog.request());
}

void ImportController::runImport(domain::ImportRequest request) {
    std::shared_ptr<domain::Workspace> worker = m_context.openWorkerOrWarn();
    if (!worker)
        return emit importFinished(false);
    // Rejected rows go to a temporary file; the report offers to save them.
    auto rejects = std::make_shared<QTemporaryDir>();
    if (rejects->isValid())
        request.rejectsPath = ss(rejects->filePath(QStringLiteral("rejected-rows.csv")));
    using ImportResult = Result<domain::ImportReport>;
    BackgroundTask::start<ImportResult>(
        m_context.window(), tr("Import"),
        [worker, request](const domain::JobControl& job) {
            return domain::ImportService(*worker).run(request, job);
        },
        [this, rejects](ImportResult result) {
            if (!result) {
                showError(m_context.window(), tr("Import"), result.error());
                return emit importFinished(false);
            }
            auto* report = new ImportReportDialog(*result, rejects, m_context.window());
            report->setAttribute(Qt::WA_DeleteOnClose);
            report->open();
            m_context.customerChanged(0);
            emit importFinished(true);
        });
}

} // namespace tessera::app
