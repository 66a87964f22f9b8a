#pragma once

// The main window's actions, registered by the controllers that own them (as
// Tiled's action owners do), each with the rule that gates it: whether it needs
// an open database, a selected customer, or a permission of the signed-in
// role, and whether a refused role sees it disabled or not at all. Menus and
// the toolbar are laid out from the registrations, so a new capability adds
// its actions without touching the main window.

#include "domain/workspace/AccessPolicy.h"

#include <QIcon>
#include <QKeySequence>
#include <QObject>
#include <QString>
#include <optional>
#include <vector>

class QAction;
class QMenu;
class QMenuBar;
class QToolBar;
class QWidget;

namespace tessera::domain {
struct Session;
}

namespace tessera::app {

// The menus of the main window, left to right.
enum class Menu { File, Edit, View, Scoring, Reports, Administration, Help };

// When an action is enabled and shown.
struct ActionGate {
    bool needsDatabase = false; // an open database with its views up
    bool needsCustomer = false; // a customer selected in the portfolio
    std::optional<domain::Action> permission = std::nullopt;
    // Without the permission: hidden instead of disabled (the Administration
    // entries, Score Now, the tier report).
    bool hideUnlessPermitted = false;
    // Hidden also while no database is open (Score Now).
    bool hideUnlessAllowed = false;
};

// What the gates are evaluated against.
struct GateState {
    const domain::Session* session = nullptr; // nullptr: not signed in
    bool databaseOpen = false;
    bool customerSelected = false;
};

class ActionRegistry : public QObject {
    Q_OBJECT

public:
    explicit ActionRegistry(QWidget* window);

    // A new action owned by the window, named `id` (its object name, e.g.
    // "actionUndo"), without a gate unless one is given.
    QAction* add(const QString& id, const QString& text, const QKeySequence& shortcut = {},
                 const QIcon& icon = {}, const ActionGate& gate = {});
    // An action made elsewhere (QUndoStack's), registered for lookup and layout.
    void adopt(QAction* action, const ActionGate& gate = {});
    void setGate(QAction* action, const ActionGate& gate);

    // Places an action in a menu: entries sort by section, then by the order
    // of placing, with a separator between sections.
    void placeInMenu(Menu menu, int section, QAction* action);
    // The toolbar, likewise, with the button's short label.
    void placeOnToolBar(int section, QAction* action, const QString& shortLabel);

    QAction* action(const QString& id) const;

    // Builds the menus into `bar` and the toolbar's buttons; once.
    void buildMenus(QMenuBar* bar);
    void buildToolBar(QToolBar* toolBar);
    QMenu* menu(Menu which) const;

    // Applies every gate; menus whose entries are all hidden are hidden too.
    // Owners adjust their own actions (a label that depends on the customer)
    // when `updated` is emitted.
    void update(const GateState& state);
    const GateState& state() const { return m_state; }

signals:
    void updated();

private:
    struct Entry {
        QAction* action;
        ActionGate gate;
    };
    struct Placement {
        int section;
        int order;
        QAction* action;
    };
    static std::vector<QAction*> laidOut(std::vector<Placement> placements,
                                         std::vector<int>& sections);

    QWidget* m_window;
    std::vector<Entry> m_entries;
    std::vector<std::vector<Placement>> m_menuPlacements;
    std::vector<Placement> m_toolBarPlacements;
    std::vector<QMenu*> m_menus;
    GateState m_state;
    int m_order = 0;
};

} // namespace tessera::app
