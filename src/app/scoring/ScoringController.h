#pragma once

// The Scoring menu: Score Now (a run in the background with progress and
// cancel), the scoring profile's versions and settings, and the tier changes
// between two runs.

#include "app/common/ActionRegistry.h"
#include "app/common/WorkspaceContext.h"
#include "domain/scoring/ScoringService.h"

#include <QPointer>

namespace tessera::app {

class CompareRunsDialog;
class ScoringProfileDialog;

class ScoringController : public QObject {
    Q_OBJECT

public:
    ScoringController(WorkspaceContext& context, ActionRegistry& actions);

    // A run without the dialog (the tests call it).
    void runScoring(const domain::ScoringRequest& request);
    ScoringProfileDialog* openScoringProfile();
    CompareRunsDialog* openCompareRuns();

signals:
    void scoringFinished(bool ok);

private:
    void scoreNow();
    void scoringDone(Result<domain::ScoringRunSummary> result);

    WorkspaceContext& m_context;
    QPointer<ScoringProfileDialog> m_profileDialog;
    QPointer<CompareRunsDialog> m_compareDialog;
};

} // namespace tessera::app
