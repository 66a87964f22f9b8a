#pragma once

// Notices when nobody has touched the keyboard or mouse anywhere in the
// application for a while, for the session lock. An application-wide event
// filter only notes the time of each input (cheap, as it sees every event); a
// single-shot timer looks at the quiet time when it could have run out.

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace tessera::app {

class IdleMonitor : public QObject {
    Q_OBJECT

public:
    explicit IdleMonitor(QObject* parent = nullptr);
    ~IdleMonitor() override;

    // Quiet time before idle(), in ms; 0 turns the monitor off.
    void setTimeout(int ms);
    int timeout() const { return m_timeoutMs; }
    // Counts from now; idle() comes at most once per start().
    void start();
    void stop();
    bool isRunning() const { return m_running; }

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void check();

    QTimer m_timer;
    QElapsedTimer m_sinceInput;
    int m_timeoutMs = 0;
    bool m_running = false;
};

} // namespace tessera::app
