#include "app/surveys/SurveyController.h"

#include "app/customer/CurrentCustomer.h"
#include "app/surveys/SurveyDialog.h"

#include <QAction>
#include <QMainWindow>

namespace tessera::app {
namespace {

enum { EditActivity = 2 };

} // namespace

SurveyController::SurveyController(WorkspaceContext& context, ActionRegistry& actions)
    : QObject(&context), m_context(context) {
    QAction* add =
        actions.add(QStringLiteral("actionNewSurvey"), tr("New Survey &Response…"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y), {},
                    {.needsCustomer = true, .permission = domain::Action::RecordActivity});
    add->setToolTip(tr("Enter a survey the selected customer answered on paper or by phone"));
    connect(add, &QAction::triggered, this, &SurveyController::newSurvey);
    actions.placeInMenu(Menu::Edit, EditActivity, add);
}

void SurveyController::newSurvey() {
    const std::int64_t id = m_context.currentCustomerId();
    domain::Workspace* workspace = m_context.workspace();
    if (id == 0 || !workspace)
        return;
    SurveyDialog dialog(*workspace, id, currentCustomerName(m_context, id), m_context.window());
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_context.showStatus(tr("Survey response %1 recorded.").arg(dialog.savedId()), 5000);
    m_context.customerChanged(id);
}

} // namespace tessera::app
