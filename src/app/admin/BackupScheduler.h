#pragma once

// The automatic backup: right after sign-in and then every hour, asks the
// domain whether a backup is due (MaintenanceService::backupIfDue, which
// knows the interval) and makes it on a worker connection in the background.
// One check at a time; the UI never waits for it.

#include "domain/admin/MaintenanceService.h"

#include <QObject>
#include <QTimer>

namespace tessera::app {

class BackupScheduler : public QObject {
    Q_OBJECT

public:
    static constexpr int kCheckIntervalMs = 60 * 60 * 1000;

    explicit BackupScheduler(QObject* parent = nullptr);

    // Checks now and then every interval, for `workspace` (until stop()).
    void start(const domain::Workspace& workspace);
    void stop();
    bool isRunning() const { return m_workspace != nullptr; }
    void setInterval(int ms) { m_timer.setInterval(ms); }
    bool isChecking() const { return m_checking; }

public slots:
    void checkNow();

signals:
    void backedUp(const QString& path);
    void failed(const QString& message);
    void checked(); // after each check, whatever its outcome

private:
    void finish(const Result<std::optional<domain::BackupInfo>>& result);

    const domain::Workspace* m_workspace = nullptr;
    QTimer m_timer;
    bool m_checking = false;
};

} // namespace tessera::app
