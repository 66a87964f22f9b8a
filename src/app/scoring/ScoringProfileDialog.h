#pragma once

// Scoring > Scoring Profile: the versions of the scoring profile (number,
// when, who, why), newest first, and every setting of the selected one. The
// newest is editable for roles that may change the profile; saving asks for
// the reason and stores a new version through ProfileService, which
// validates it. Older versions show read only. Reads and writes run on the
// worker connection.

#include "app/jobs/DatabaseWorker.h"
#include "domain/scoring/ProfileService.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace tessera::app {

class ProfileSettingsEditor;

class ScoringProfileDialog : public QDialog {
    Q_OBJECT

public:
    enum Column { VersionColumn, SavedColumn, AuthorColumn, ReasonColumn, ColumnCount };

    // `canEdit`: whether the signed-in role may save versions (the domain
    // enforces it either way).
    ScoringProfileDialog(DatabaseWorker& worker, bool canEdit, QWidget* parent = nullptr);

    // Stores the edited settings as a new version with `reason`.
    void saveWithReason(const QString& reason);
    void selectVersion(std::int64_t version);
    std::int64_t shownVersion() const;

    QTableWidget* versions() const { return m_versions; }
    ProfileSettingsEditor* editor() const { return m_editor; }
    QPushButton* saveButton() const { return m_save; }
    QLabel* titleLabel() const { return m_title; }
    QString problemText() const;

signals:
    void versionsLoaded();
    void saved(std::int64_t version);
    void saveFailed(const QString& message);

private:
    using VersionsResult = Result<std::vector<domain::ProfileVersion>>;

    void load(std::int64_t select);
    void showVersions(const VersionsResult& versions, std::int64_t select);
    void showSelected();
    void save();
    void finishSave(const Result<domain::ProfileVersion>& result);
    void showProblems(const QStringList& problems);

    DatabaseWorker& m_worker;
    bool m_canEdit = false;
    std::vector<domain::ProfileVersion> m_loaded; // newest first
    QTableWidget* m_versions = nullptr;
    QLabel* m_title = nullptr;
    ProfileSettingsEditor* m_editor = nullptr;
    QLabel* m_problems = nullptr;
    QPushButton* m_revert = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace tessera::app
