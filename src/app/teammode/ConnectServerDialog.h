#pragma once

// File > Connect to Server: where the team's PostgreSQL server is and which
// login role to connect as, with the connections used before offered first.
// Signing in to Tessera itself (user name and password) follows in the
// sign-in dialog, as for a file.

#include <QDialog>
#include <QStringList>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace tessera::app {

class ConnectServerDialog : public QDialog {
    Q_OBJECT

public:
    explicit ConnectServerDialog(const QStringList& recent, QWidget* parent = nullptr);

    // The connection URI, with the server password when one was typed.
    QString uri() const;
    QString errorText() const;

public slots:
    void accept() override;

private:
    void fillFrom(int recentIndex);
    QString problem() const; // empty when the entries are acceptable

    QStringList m_recent;
    QComboBox* m_recentBox = nullptr;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace tessera::app
