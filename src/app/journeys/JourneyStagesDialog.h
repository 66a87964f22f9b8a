#pragma once

// The journey's stages and their touchpoints as a tree, retired ones greyed,
// with the edits supervisors and administrators may make: add, rename,
// reorder, retire and restore. Each edit goes through JourneyEditor (which
// checks the permission and audits) and the tree is read again; a refusal
// (a duplicate name) is shown in the dialog.

#include "domain/journeys/JourneyEditor.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace tessera::app {

class JourneyStagesDialog : public QDialog {
    Q_OBJECT

public:
    explicit JourneyStagesDialog(domain::Workspace& workspace, QWidget* parent = nullptr);

    QTreeWidget* tree() const { return m_tree; }
    QLabel* messageLabel() const { return m_message; }
    // Whether an edit succeeded since the dialog opened (the map then reloads).
    bool changed() const { return m_changed; }

    // The edits, on the selected stage or touchpoint; the buttons ask for a
    // name first. False (with the reason in messageLabel()) when refused.
    bool addStage(const QString& name);
    bool addTouchpoint(const QString& name);
    bool rename(const QString& newName);
    bool moveUp();
    bool moveDown();
    bool retire();
    bool restore();
    // Selects the stage, or its touchpoint, named so.
    bool select(const QString& stage, const QString& touchpoint = {});

private:
    struct Selected {
        QString stage;
        QString touchpoint; // empty for a stage
        int position = 0;   // 1-based, among its siblings
        int siblings = 0;
        bool retired = false;
    };
    std::optional<Selected> selected() const;
    void reload();
    bool apply(const Status& status, const QString& stage, const QString& touchpoint = {});
    void updateButtons();
    QString askName(const QString& title, const QString& label, const QString& text = {});
    QPushButton* addButton(const QString& text, const char* name);

    domain::Workspace& m_workspace;
    QTreeWidget* m_tree;
    QLabel* m_message;
    QPushButton* m_addTouchpoint = nullptr;
    QPushButton* m_rename = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
    QPushButton* m_retire = nullptr;
    QPushButton* m_restore = nullptr;
    QList<QPushButton*> m_buttons;
    bool m_changed = false;
};

} // namespace tessera::app
