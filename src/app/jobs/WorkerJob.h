#pragma once

// A short domain call on a new connection to the open database (same
// session), run on Qt's thread pool: the UI thread never waits on SQLite or
// on a password hash. A new connection per job also means the job uses the
// data key of that moment, even after a key rotation.

#include "app/jobs/Async.h"
#include "app/jobs/BackgroundTask.h"
#include "domain/workspace/Workspace.h"

#include <functional>
#include <memory>

namespace tessera::app {

// `done` gets the result on `context`'s thread, unless `context` is gone.
template <typename T>
void runOnWorker(QObject* context, const domain::Workspace& workspace,
                 std::function<Result<T>(domain::Workspace&)> job,
                 std::function<void(Result<T>)> done) {
    auto opened = workspace.openWorker();
    if (!opened) {
        done(Result<T>(opened.error()));
        return;
    }
    std::shared_ptr<domain::Workspace> worker = std::move(*opened);
    runAsync<Result<T>>(
        context, [worker, job = std::move(job)] { return job(*worker); }, std::move(done));
}

// A long one (backup, restore, check, key rotation) as a BackgroundTask with
// its progress dialog (busy until the job reports a share done); without
// Cancel, as these cannot stop halfway.
template <typename T>
BackgroundTask*
startOnWorker(QWidget* parent, const domain::Workspace& workspace, const QString& title,
              std::function<Result<T>(domain::Workspace&, const domain::JobControl&)> job,
              std::function<void(Result<T>)> done) {
    auto opened = workspace.openWorker();
    if (!opened) {
        done(Result<T>(opened.error()));
        return nullptr;
    }
    std::shared_ptr<domain::Workspace> worker = std::move(*opened);
    BackgroundTask* task = BackgroundTask::start<Result<T>>(
        parent, title,
        [worker, job = std::move(job)](const domain::JobControl& control) {
            return job(*worker, control);
        },
        std::move(done));
    task->dialog()->setCancelButton(nullptr);
    task->dialog()->setRange(0, 0); // busy until the job reports progress
    return task;
}

} // namespace tessera::app
