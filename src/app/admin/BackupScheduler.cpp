#include "app/admin/BackupScheduler.h"

#include "app/common/Text.h"
#include "app/jobs/WorkerJob.h"

namespace tessera::app {

BackupScheduler::BackupScheduler(QObject* parent) : QObject(parent) {
    m_timer.setInterval(kCheckIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &BackupScheduler::checkNow);
}

void BackupScheduler::start(const domain::Workspace& workspace) {
    m_workspace = &workspace;
    m_timer.start();
    checkNow();
}

void BackupScheduler::stop() {
    m_workspace = nullptr;
    m_timer.stop();
}

void BackupScheduler::checkNow() {
    if (!m_workspace || m_checking)
        return;
    m_checking = true;
    runOnWorker<std::optional<domain::BackupInfo>>(
        this, *m_workspace,
        [](domain::Workspace& ws) { return domain::MaintenanceService(ws).backupIfDue(); },
        [this](Result<std::optional<domain::BackupInfo>> result) { finish(result); });
}

void BackupScheduler::finish(const Result<std::optional<domain::BackupInfo>>& result) {
    m_checking = false;
    if (!result)
        emit failed(qs(result.error().message));
    else if (*result)
        emit backedUp(qs((*result)->path));
    emit checked();
}

} // namespace tessera::app
