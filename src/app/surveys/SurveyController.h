#pragma once

// Surveys on the main window: New Survey Response (Edit menu) for the
// customer selected in the portfolio.

#include "app/common/ActionRegistry.h"
#include "app/common/WorkspaceContext.h"

namespace tessera::app {

class SurveyController : public QObject {
    Q_OBJECT

public:
    SurveyController(WorkspaceContext& context, ActionRegistry& actions);

    void newSurvey();

private:
    WorkspaceContext& m_context;
};

} // namespace tessera::app
