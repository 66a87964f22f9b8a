#pragma once

// Administration > Backups: the backups beside the database (newest first),
// Back Up Now (into that folder) or Back Up To… a chosen file, Check Database
// (integrity, foreign keys, audit chain) and Restore… from the selected
// backup. Backups and checks run in the background; a restore asks for the
// password, then the main window runs it (restoreRequested) and signs in again.

#include "domain/admin/MaintenanceService.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace tessera::app {

class PasswordConfirmDialog;

class BackupsDialog : public QDialog {
    Q_OBJECT

public:
    // Erased: how many persons erased since the backup was made it still holds.
    enum Column { FileColumn, MadeColumn, SizeColumn, ErasedColumn, ColumnCount };

    struct Listing {
        std::vector<domain::BackupInfo> backups;
        std::vector<std::int64_t> erasedHeld; // per backup; -1 when unreadable
    };

    explicit BackupsDialog(const domain::Workspace& workspace, QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    QPushButton* restoreButton() const { return m_restore; }
    QString resultText() const;
    bool isBusy() const { return m_busy; }

public slots:
    void refresh();
    void backUpNow();
    void backUpTo(const QString& path);
    void checkDatabase();
    // Asks to confirm with the password; the dialog is returned for tests.
    PasswordConfirmDialog* restoreSelected();

signals:
    void listed();
    void finished(bool ok); // a backup or a check
    void restoreRequested(const QString& backupPath, const QString& password);

private:
    void chooseDestination();
    void showBackups(const Result<Listing>& listing);
    void backUp(const std::string& destination);
    void showResult(bool ok, const QString& text);
    void setBusy(bool busy);
    static QString describe(const domain::CheckReport& report);

    const domain::Workspace& m_workspace;
    QTreeWidget* m_list = nullptr;
    QLabel* m_result = nullptr;
    QPushButton* m_backUp = nullptr;
    QPushButton* m_backUpTo = nullptr;
    QPushButton* m_check = nullptr;
    QPushButton* m_restore = nullptr;
    bool m_busy = false;
};

} // namespace tessera::app
