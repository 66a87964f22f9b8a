#pragma once

// File > New Database: where to create the file and its first administrator.
// Checks the entries with the domain's rules; the caller creates the database.

#include "domain/workspace/Workspace.h"

#include <QDialog>
#include <memory>

namespace Ui {
class NewDatabaseDialog;
}

namespace tessera::app {

class NewDatabaseDialog : public QDialog {
    Q_OBJECT

public:
    explicit NewDatabaseDialog(const QString& suggestedPath, QWidget* parent = nullptr);
    ~NewDatabaseDialog() override;

    QString path() const;
    domain::NewWorkspaceOptions options() const;
    QString errorText() const;

public slots:
    void accept() override;

private:
    void browse();
    QString problem() const; // empty when the entries are acceptable

    std::unique_ptr<Ui::NewDatabaseDialog> m_ui;
};

} // namespace tessera::app
