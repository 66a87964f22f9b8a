#pragma once

// A thread with its own connection to the database (SQLite connections belong
// to one thread), running jobs one after another, so that queries too slow for
// the UI thread (the portfolio id list, a customer's 360 view) run beside it.

#include "domain/workspace/Workspace.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <atomic>
#include <functional>
#include <memory>

namespace tessera::app {

class DatabaseWorker : public QObject {
    Q_OBJECT

public:
    // Takes a connection made with Workspace::openWorker().
    explicit DatabaseWorker(std::unique_ptr<domain::Workspace> workspace,
                            QObject* parent = nullptr);
    ~DatabaseWorker() override;

    // Queues `job` on the worker thread; `done` gets its result on this
    // object's thread, unless `context` or the worker was destroyed first.
    template <typename T>
    void post(QObject* context, std::function<T(domain::Workspace&)> job,
              std::function<void(T)> done) {
        domain::Workspace* workspace = m_workspace.get();
        // The QPointer is made and read on this thread only.
        enqueue([this, workspace, guard = QPointer<QObject>(context), job = std::move(job),
                 done = std::move(done)] {
            if (m_stopping)
                return;
            auto result = std::make_shared<T>(job(*workspace));
            QMetaObject::invokeMethod(
                this,
                [guard, result, done] {
                    if (guard)
                        done(std::move(*result));
                },
                Qt::QueuedConnection);
        });
    }

    // The database's calendar, for dates shown on this thread: it never
    // changes after the database is open, so reading it here is safe.
    const domain::Calendar& calendar() const { return m_workspace->calendar(); }

    // Stops the statement running on the worker's connection, if any; that
    // job then fails with ErrorCode::Cancelled. Callable from any thread.
    void interrupt();

private:
    void enqueue(std::function<void()> task);

    std::unique_ptr<domain::Workspace> m_workspace;
    QThread m_thread;
    QObject* m_executor = nullptr; // lives in m_thread; runs the queued jobs
    std::atomic_bool m_stopping{false};
};

} // namespace tessera::app
