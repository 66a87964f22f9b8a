#pragma once

// A long job (import, export, database creation) on a pool thread with a
// progress dialog and a Cancel button, reporting through domain::JobControl.

#include "app/jobs/Async.h"
#include "domain/workspace/JobControl.h"

#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <atomic>

namespace tessera::app {

class BackgroundTask : public QObject {
    Q_OBJECT

public:
    // Starts `work`; `done` receives its result on the UI thread, unless
    // `parent` was destroyed meanwhile (the job is then cancelled). The task
    // deletes itself when the job has finished.
    template <typename T>
    static BackgroundTask* start(QWidget* parent, const QString& title,
                                 std::function<T(const domain::JobControl&)> work,
                                 std::function<void(T)> done) {
        auto* task = new BackgroundTask(parent, title);
        const domain::JobControl job = task->jobControl();
        runAsync<T>(
            task, [work = std::move(work), job] { return work(job); },
            [task, done = std::move(done)](T result) {
                const bool wanted = !task->m_parent.isNull();
                task->finish();
                if (wanted)
                    done(std::move(result));
            });
        return task;
    }

    QProgressDialog* dialog() const { return m_dialog; }

private:
    BackgroundTask(QWidget* parent, const QString& title);
    domain::JobControl jobControl();
    void showProgress(int percent, const QString& stage);
    void finish();

    QPointer<QWidget> m_parent;
    QPointer<QProgressDialog> m_dialog;
    std::atomic_bool m_cancel{false};
};

} // namespace tessera::app
