#pragma once

// Edit > Preferences: how long Tessera waits without keyboard or mouse input
// before it locks the session (minutes, 0 for never). Saved with QSettings.

#include <QDialog>

class QSpinBox;

namespace tessera::app {

class PreferencesDialog : public QDialog {
    Q_OBJECT

public:
    static constexpr int kDefaultLockMinutes = 10;

    explicit PreferencesDialog(QWidget* parent = nullptr);

    // The saved idle time before locking, in minutes (0: never).
    static int lockMinutes();
    static void saveLockMinutes(int minutes);

    QSpinBox* lockMinutesSpin() const { return m_lockMinutes; }

public slots:
    void accept() override; // saves

private:
    QSpinBox* m_lockMinutes = nullptr;
};

} // namespace tessera::app
