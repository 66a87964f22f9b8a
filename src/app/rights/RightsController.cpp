#include "app/rights/RightsController.h"

#include "app/common/MessageBoxes.h"
#include "app/common/Text.h"
#include "app/customer/CustomerPanel.h"
#include "app/jobs/BackgroundTask.h"
#include "app/rights/EraseCustomerDialog.h"
#include "app/session/ExportConnection.h"
#include "app/session/PasswordConfirmDialog.h"
#include "domain/rights/ErasureService.h"
#include "domain/rights/PersonExportService.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMainWindow>
#include <QStandardPaths>

namespace tessera::app {
namespace {

// After the customer actions (1) and activity (2) of the Edit menu.
enum { EditRights = 3 };

} // namespace

RightsController::RightsController(WorkspaceContext& context, ActionRegistry& actions)
    : QObject(&context), m_context(context) {
    registerActions(actions);
}

void RightsController::registerActions(ActionRegistry& actions) {
    QAction* exportAction =
        actions.add(QStringLiteral("actionExportPersonData"), tr("Export Person's &Data…"), {}, {},
                    {.needsCustomer = true,
                     .permission = domain::Action::ExportPersonData,
                     .hideUnlessPermitted = true});
    exportAction->setStatusTip(
        tr("Write everything held about the selected customer to a JSON file, on their request"));
    connect(exportAction, &QAction::triggered, this, &RightsController::exportPerson);
    QAction* erase =
        actions.add(QStringLiteral("actionErasePersonalData"), tr("Erase &Personal Data…"), {}, {},
                    {.needsCustomer = true,
                     .permission = domain::Action::EraseCustomer,
                     .hideUnlessPermitted = true});
    erase->setStatusTip(tr("Erase the selected customer's personal data; revenue and scores stay"));
    connect(erase, &QAction::triggered, this, &RightsController::erasePersonalData);
    actions.placeInMenu(Menu::Edit, EditRights, exportAction);
    actions.placeInMenu(Menu::Edit, EditRights, erase);
}

void RightsController::exportPerson() {
    const CustomerPanel* panel = m_context.customerPanel();
    const QString code =
        panel && panel->customer() ? qs(panel->customer()->record.code) : tr("customer");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        QFileDialog::getSaveFileName(m_context.window(), tr("Export Person's Data"),
                                     QDir(folder).filePath(tr("personal-data-%1.json").arg(code)),
                                     tr("JSON files (*.json);;All files (*)"));
    if (!path.isEmpty())
        exportPersonTo(path);
}

void RightsController::exportPersonTo(const QString& path) {
    const std::int64_t customerId = m_context.currentCustomerId();
    if (!m_context.workspace() || customerId == 0)
        return emit exportFinished(false);
    withExportConnection(
        m_context, true, tr("Export Person's Data"),
        tr("The file will hold everything about this customer without masking: name, phone "
           "numbers, email addresses, ID number, address, notes and activity. Enter your "
           "password to confirm that it may leave the database."),
        [this, path, customerId](std::shared_ptr<domain::Workspace> worker) {
            using ExportResult = Result<domain::PersonExportSummary>;
            BackgroundTask::start<ExportResult>(
                m_context.window(), tr("Export Person's Data"),
                [worker, customerId, file = ss(path)](const domain::JobControl& job) {
                    return domain::PersonExportService(*worker).exportPerson(customerId, file, job);
                },
                [this, path](ExportResult result) {
                    if (!result) {
                        showError(m_context.window(), tr("Export Person's Data"), result.error());
                        return emit exportFinished(false);
                    }
                    m_context.showStatus(
                        tr("Wrote the customer's data to %1").arg(QDir::toNativeSeparators(path)),
                        10000);
                    emit exportFinished(true);
                });
        },
        [this] { emit exportFinished(false); });
}

void RightsController::erasePersonalData() {
    const std::int64_t customerId = m_context.currentCustomerId();
    const CustomerPanel* panel = m_context.customerPanel();
    if (!m_context.workspace() || customerId == 0 || !panel || !panel->customer())
        return emit erasureFinished(false);
    const auto& record = panel->customer()->record;
    auto* dialog = new EraseCustomerDialog(qs(record.code), qs(record.name), m_context.window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::rejected, this, [this] { emit erasureFinished(false); });
    connect(dialog, &QDialog::accepted, this, [this, dialog, customerId] {
        const QString reason = dialog->reason();
        auto* confirm = new PasswordConfirmDialog(
            *m_context.workspace(), tr("Erase Personal Data"),
            tr("Enter your password to erase this customer's personal data. This cannot be "
               "undone."),
            tr("Erase"), m_context.window());
        confirm->setAttribute(Qt::WA_DeleteOnClose);
        connect(confirm, &QDialog::accepted, this, [this, confirm, customerId, reason] {
            startErasure(confirm->confirmedConnection(), customerId, reason);
        });
        connect(confirm, &QDialog::rejected, this, [this] { emit erasureFinished(false); });
        confirm->open();
    });
    dialog->open();
}

void RightsController::startErasure(std::shared_ptr<domain::Workspace> worker,
                                    std::int64_t customerId, const QString& reason) {
    if (!worker)
        return emit erasureFinished(false);
    using ErasureResult = Result<domain::ErasureReport>;
    BackgroundTask::start<ErasureResult>(
        m_context.window(), tr("Erase Personal Data"),
        [worker, customerId, text = ss(reason)](const domain::JobControl& job) {
            return domain::ErasureService(*worker).erase(customerId, text, job);
        },
        [this, customerId](ErasureResult result) {
            if (!result) {
                showError(m_context.window(), tr("Erase Personal Data"), result.error());
                return emit erasureFinished(false);
            }
            m_context.customerChanged(customerId);
            m_context.showStatus(
                tr("Erased the personal data; the customer is now %1").arg(qs(result->pseudonym)),
                10000);
            emit erasureFinished(true);
        });
}

} // namespace tessera::app
