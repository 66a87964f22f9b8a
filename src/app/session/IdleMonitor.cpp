#include "app/session/IdleMonitor.h"

#include <QCoreApplication>
#include <QEvent>

namespace tessera::app {
namespace {

bool isUserInput(QEvent::Type type) {
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress: return true;
    default: return false;
    }
}

} // namespace

IdleMonitor::IdleMonitor(QObject* parent) : QObject(parent) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleMonitor::check);
    QCoreApplication::instance()->installEventFilter(this);
    m_sinceInput.start();
}

IdleMonitor::~IdleMonitor() {
    QCoreApplication::instance()->removeEventFilter(this);
}

void IdleMonitor::setTimeout(int ms) {
    m_timeoutMs = std::max(ms, 0);
    if (m_running)
        start();
}

void IdleMonitor::start() {
    m_running = true;
    m_sinceInput.restart();
    if (m_timeoutMs > 0)
        m_timer.start(m_timeoutMs);
    else
        m_timer.stop();
}

void IdleMonitor::stop() {
    m_running = false;
    m_timer.stop();
}

bool IdleMonitor::eventFilter(QObject* watched, QEvent* event) {
    if (m_running && isUserInput(event->type()))
        m_sinceInput.restart();
    return QObject::eventFilter(watched, event);
}

void IdleMonitor::check() {
    if (!m_running || m_timeoutMs <= 0)
        return;
    const qint64 quiet = m_sinceInput.elapsed();
    if (quiet < m_timeoutMs) {
        // There was input meanwhile: wait for the rest of the quiet time.
        m_timer.start(static_cast<int>(m_timeoutMs - quiet));
        return;
    }
    stop();
    emit idle();
}

} // namespace tessera::app
