#include "app/accessreview/AccessReviewController.h"

#include "app/accessreview/AccessReviewDialog.h"
#include "app/common/ToolDialog.h"

#include <QAction>
#include <QMainWindow>

namespace tessera::app {

AccessReviewController::AccessReviewController(WorkspaceContext& context, ActionRegistry& actions)
    : QObject(&context), m_context(context) {
    // Beside the Audit Log, and like it shown to administrators only.
    QAction* open =
        actions.add(QStringLiteral("actionAccessReview"), tr("Access &Review…"), {}, {},
                    {.permission = domain::Action::ReviewAccess, .hideUnlessPermitted = true});
    actions.placeInMenu(Menu::Administration, 0, open);
    connect(open, &QAction::triggered, this, &AccessReviewController::openReview);
    // The dialog reads through the workspace about to close.
    connect(&m_context, &WorkspaceContext::closing, this, [this] { delete m_dialog; });
}

AccessReviewDialog* AccessReviewController::openReview() {
    if (!m_context.workspace())
        return nullptr;
    return showToolDialog<AccessReviewDialog>(m_dialog, [this] {
        return new AccessReviewDialog(*m_context.workspace(), m_context.window());
    });
}

} // namespace tessera::app
