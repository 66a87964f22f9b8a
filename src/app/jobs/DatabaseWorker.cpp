#include "app/jobs/DatabaseWorker.h"

namespace tessera::app {

DatabaseWorker::DatabaseWorker(std::unique_ptr<domain::Workspace> workspace, QObject* parent)
    : QObject(parent), m_workspace(std::move(workspace)) {
    m_thread.setObjectName(QStringLiteral("DatabaseWorker"));
    m_executor = new QObject;
    m_executor->moveToThread(&m_thread);
    m_thread.start();
}

DatabaseWorker::~DatabaseWorker() {
    // Skip the jobs still queued and cut the running one short.
    m_stopping = true;
    interrupt();
    m_thread.quit();
    m_thread.wait();
    delete m_executor;
}

void DatabaseWorker::interrupt() {
    m_workspace->db().interrupt();
}

void DatabaseWorker::enqueue(std::function<void()> task) {
    QMetaObject::invokeMethod(m_executor, std::move(task), Qt::QueuedConnection);
}

} // namespace tessera::app
