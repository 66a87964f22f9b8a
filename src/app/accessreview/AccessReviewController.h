#pragma once

// Administration > Access Review… (administrators only): opens the access
// review, and closes it with the database.

#include "app/common/ActionRegistry.h"
#include "app/common/WorkspaceContext.h"

#include <QPointer>

namespace tessera::app {

class AccessReviewDialog;

class AccessReviewController : public QObject {
    Q_OBJECT

public:
    AccessReviewController(WorkspaceContext& context, ActionRegistry& actions);

    AccessReviewDialog* openReview();

private:
    WorkspaceContext& m_context;
    QPointer<AccessReviewDialog> m_dialog;
};

} // namespace tessera::app
