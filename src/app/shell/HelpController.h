#pragma once

// The Help menu (About, the log folder) and View > Language.

#include "app/common/ActionRegistry.h"

namespace tessera::app {

class HelpController : public QObject {
    Q_OBJECT

public:
    HelpController(QWidget* window, ActionRegistry& actions);

private:
    void chooseLanguage(const QString& code);
    void showLogFolder();
    void about();

    QWidget* m_window;
};

} // namespace tessera::app
