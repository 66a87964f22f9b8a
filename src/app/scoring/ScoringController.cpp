#include "app/scoring/ScoringController.h"

#include "app/common/AppResources.h"
#include "app/common/MessageBoxes.h"
#include "app/common/ScoreText.h"
#include "app/common/ToolDialog.h"
#include "app/jobs/BackgroundTask.h"
#include "app/scoring/CompareRunsDialog.h"
#include "app/scoring/ScoreNowDialog.h"
#include "app/scoring/ScoringProfileDialog.h"
#include "domain/workspace/AccessPolicy.h"

#include <QAction>
#include <QMainWindow>

namespace tessera::app {
namespace {

enum { ScoringRun = 0, ScoringSettings = 1, ToolBarScoring = 3 };

} // namespace

ScoringController::ScoringController(WorkspaceContext& context, ActionRegistry& actions)
    : QObject(&context), m_context(context) {
    // Roles that may not score do not see the action at all (the domain refuses anyway).
    QAction* scoreNow = actions.add(
        QStringLiteral("actionScoreNow"), tr("Score &Now…"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), appIcon(QStringLiteral("score")),
        {.permission = domain::Action::RunScoring, .hideUnlessAllowed = true});
    connect(scoreNow, &QAction::triggered, this, &ScoringController::scoreNow);
    QAction* profile = actions.add(QStringLiteral("actionScoringProfile"), tr("Scoring &Profile…"),
                                   {}, appIcon(QStringLiteral("profile")), {.needsDatabase = true});
    connect(profile, &QAction::triggered, this, &ScoringController::openScoringProfile);
    QAction* compare = actions.add(QStringLiteral("actionCompareRuns"), tr("&Compare Runs…"), {},
                                   appIcon(QStringLiteral("compare")),
                                   {.permission = domain::Action::ListCustomers});
    connect(compare, &QAction::triggered, this, &ScoringController::openCompareRuns);
    actions.placeInMenu(Menu::Scoring, ScoringRun, scoreNow);
    actions.placeInMenu(Menu::Scoring, ScoringSettings, profile);
    actions.placeInMenu(Menu::Scoring, ScoringSettings, compare);
    actions.placeOnToolBar(ToolBarScoring, scoreNow, tr("Score Now"));
}

void ScoringController::scoreNow() {
    if (!m_context.viewsUp())
        return;
    ScoreNowDialog dialog(*m_context.detailWorker(), m_context.workspace()->calendar(),
                          m_context.window());
    if (dialog.exec() == QDialog::Accepted)
        runScoring(dialog.request());
}

void ScoringController::runScoring(const domain::ScoringRequest& request) {
    std::shared_ptr<domain::Workspace> worker = m_context.openWorkerOrWarn();
    if (!worker)
        return emit scoringFinished(false);
    using ScoringResult = Result<domain::ScoringRunSummary>;
    BackgroundTask::start<ScoringResult>(
        m_context.window(), tr("Score Now"),
        [worker, request](const domain::JobControl& job) {
            return domain::ScoringService(*worker).run(request, job);
        },
        [this](ScoringResult result) { scoringDone(std::move(result)); });
}

void ScoringController::scoringDone(Result<domain::ScoringRunSummary> result) {
    if (!result && result.error().code == ErrorCode::Cancelled) {
        // The run was one transaction: nothing of it was kept.
        m_context.showStatus(tr("Scoring cancelled; nothing was saved."), 10000);
        return emit scoringFinished(false);
    }
    if (!result) {
        showError(m_context.window(), tr("Score Now"), result.error());
        return emit scoringFinished(false);
    }
    m_context.customerChanged(0); // the portfolio and the 360 view show the new run
    showMessage(m_context.window(), QMessageBox::Information, tr("Scoring Finished"),
                ScoreText::runSummary(*result));
    emit scoringFinished(true);
}

ScoringProfileDialog* ScoringController::openScoringProfile() {
    if (!m_context.viewsUp())
        return nullptr;
    return showToolDialog<ScoringProfileDialog>(m_profileDialog, [this] {
        const bool canEdit = domain::AccessPolicy::check(m_context.workspace()->session(),
                                                         domain::Action::EditScoringProfile)
                                 .ok();
        // Owned by the workspace's views: closing the database closes it too.
        return new ScoringProfileDialog(*m_context.detailWorker(), canEdit,
                                        m_context.viewsParent());
    });
}

CompareRunsDialog* ScoringController::openCompareRuns() {
    if (!m_context.viewsUp())
        return nullptr;
    return showToolDialog<CompareRunsDialog>(m_compareDialog, [this] {
        auto* dialog = new CompareRunsDialog(*m_context.detailWorker(), m_context.viewsParent());
        connect(dialog, &CompareRunsDialog::customerActivated, &m_context,
                &WorkspaceContext::openCustomer);
        return dialog;
    });
}

} // namespace tessera::app
