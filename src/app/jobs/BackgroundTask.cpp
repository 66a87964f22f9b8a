#include "app/jobs/BackgroundTask.h"

#include "app/common/Text.h"

namespace tessera::app {

BackgroundTask::BackgroundTask(QWidget* parent, const QString& title) : m_parent(parent) {
    // No QObject parent: the task must outlive its job, which reports to it.
    // A window closed meanwhile cancels the job instead.
    connect(parent, &QObject::destroyed, this, [this] { m_cancel = true; });
    m_dialog = new QProgressDialog(parent);
    m_dialog->setWindowTitle(title);
    m_dialog->setLabelText(tr("Starting…"));
    m_dialog->setRange(0, 100);
    m_dialog->setMinimumWidth(420);
    m_dialog->setWindowModality(Qt::WindowModal);
    // Short jobs finish before the dialog would flash up.
    m_dialog->setMinimumDuration(300);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setValue(0);
    connect(m_dialog, &QProgressDialog::canceled, this, [this] {
        m_cancel = true;
        m_dialog->setLabelText(tr("Cancelling…"));
    });
}

domain::JobControl BackgroundTask::jobControl() {
    // The job reports from its own thread; hop to this object's thread to
    // touch the dialog. The task outlives the job, so `this` stays valid.
    auto progress = [this](int percent, const std::string& stage) {
        QMetaObject::invokeMethod(
            this, [this, percent, text = qs(stage)] { showProgress(percent, text); },
            Qt::QueuedConnection);
    };
    return domain::JobControl(progress, &m_cancel);
}

void BackgroundTask::showProgress(int percent, const QString& stage) {
    if (!m_dialog || m_cancel)
        return;
    if (m_dialog->maximum() == 0) // a busy indicator until the job reports a share done
        m_dialog->setRange(0, 100);
    m_dialog->setValue(percent);
    if (!stage.isEmpty())
        m_dialog->setLabelText(stage);
}

void BackgroundTask::finish() {
    if (m_dialog)
        m_dialog->deleteLater();
    deleteLater();
}

} // namespace tessera::app
