#pragma once

// Runs a function on Qt's thread pool and hands its result to a callback on
// the UI thread, for work that must not block the event loop (login, database
// creation, imports, exports).

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>
#include <functional>
#include <memory>
#include <optional>

namespace tessera::app {

// `done` runs on `context`'s thread once `work` has returned, unless `context`
// was destroyed in the meantime (the result is then dropped).
template <typename T>
void runAsync(QObject* context, std::function<T()> work, std::function<void(T)> done) {
    // Results such as Result<std::unique_ptr<...>> are move-only: keep them
    // outside the QFuture and hand them over once.
    auto slot = std::make_shared<std::optional<T>>();
    auto* watcher = new QFutureWatcher<void>(context);
    QObject::connect(watcher, &QFutureWatcher<void>::finished, context,
                     [watcher, slot, done = std::move(done)] {
                         watcher->deleteLater();
                         done(std::move(**slot));
                     });
    watcher->setFuture(
        QtConcurrent::run([slot, work = std::move(work)] { slot->emplace(work()); }));
}

} // namespace tessera::app
