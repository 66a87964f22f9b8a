#pragma once

// What the window shows before a database is open: create one, open one, the
// last one used, or the demo database.

#include <QWidget>

class QPushButton;

namespace tessera::app {

class WelcomePage : public QWidget {
    Q_OBJECT

public:
    explicit WelcomePage(QWidget* parent = nullptr);

    // Offers "Open <file>" for the last database used; hidden when empty.
    void setLastDatabase(const QString& path);

signals:
    void newDatabaseRequested();
    void openDatabaseRequested();
    void demoDatabaseRequested();
    void lastDatabaseRequested(const QString& path);

private:
    QPushButton* addButton(const QString& icon, const QString& text, const QString& detail);

    QWidget* m_buttons = nullptr;
    QPushButton* m_last = nullptr;
    QString m_lastPath;
};

} // namespace tessera::app
