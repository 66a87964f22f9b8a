#pragma once

// Save Snapshot: the map shown, kept under a name the user chooses (a
// suggestion from the period and population). Saved on a worker
// connection; a refusal (a name already used, too long) stays in the
// dialog with the name, so the user can change it and try again.

#include "domain/journeymaps/JourneySnapshots.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace tessera::app {

class JourneySnapshotSaveDialog : public QDialog {
    Q_OBJECT

public:
    JourneySnapshotSaveDialog(domain::Workspace& workspace, domain::JourneyMap map,
                              const QString& suggestedName, QWidget* parent = nullptr);

    QLineEdit* nameEdit() const { return m_name; }
    QLabel* errorLabel() const { return m_error; }
    bool isSaving() const { return m_saving; }
    std::int64_t savedId() const { return m_savedId; }
    // Saves under the name typed (the Save button).
    void save();

signals:
    void saved(const QString& name);

private:
    domain::Workspace& m_workspace;
    domain::JourneyMap m_map;
    QLineEdit* m_name;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    bool m_saving = false;
    std::int64_t m_savedId = 0;
};

} // namespace tessera::app
