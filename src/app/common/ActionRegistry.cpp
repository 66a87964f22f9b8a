#include "app/common/ActionRegistry.h"

#include "domain/workspace/Session.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>
#include <QWidget>
#include <algorithm>

namespace tessera::app {
namespace {

constexpr int kMenuCount = static_cast<int>(Menu::Help) + 1;

QString menuTitle(Menu menu) {
    switch (menu) {
    case Menu::File: return ActionRegistry::tr("&File");
    case Menu::Edit: return ActionRegistry::tr("&Edit");
    case Menu::View: return ActionRegistry::tr("&View");
    case Menu::Scoring: return ActionRegistry::tr("&Scoring");
    case Menu::Reports: return ActionRegistry::tr("&Reports");
    case Menu::Administration: return ActionRegistry::tr("&Administration");
    case Menu::Help: return ActionRegistry::tr("&Help");
    }
    return {};
}

} // namespace

ActionRegistry::ActionRegistry(QWidget* window)
    : QObject(window), m_window(window), m_menuPlacements(kMenuCount) {}

QAction* ActionRegistry::add(const QString& id, const QString& text, const QKeySequence& shortcut,
                             const QIcon& icon, const ActionGate& gate) {
    auto* made = new QAction(icon, text, m_window);
    made->setObjectName(id);
    made->setShortcut(shortcut);
    adopt(made, gate);
    return made;
}

void ActionRegistry::adopt(QAction* action, const ActionGate& gate) {
    m_entries.push_back({action, gate});
}

void ActionRegistry::setGate(QAction* action, const ActionGate& gate) {
    for (Entry& entry : m_entries)
        if (entry.action == action)
            entry.gate = gate;
}

void ActionRegistry::placeInMenu(Menu menu, int section, QAction* action) {
    m_menuPlacements[static_cast<std::size_t>(menu)].push_back({section, m_order++, action});
}

void ActionRegistry::placeOnToolBar(int section, QAction* action, const QString& shortLabel) {
    action->setIconText(shortLabel);
    m_toolBarPlacements.push_back({section, m_order++, action});
}

QAction* ActionRegistry::action(const QString& id) const {
    for (const Entry& entry : m_entries)
        if (entry.action->objectName() == id)
            return entry.action;
    return nullptr;
}

// The actions in order, with nullptr where a separator goes.
std::vector<QAction*> ActionRegistry::laidOut(std::vector<Placement> placements,
                                              std::vector<int>& sections) {
    std::stable_sort(placements.begin(), placements.end(), [](const auto& a, const auto& b) {
        return a.section != b.section ? a.section < b.section : a.order < b.order;
    });
    std::vector<QAction*> actions;
    for (std::size_t i = 0; i < placements.size(); ++i) {
        if (i > 0 && placements[i].section != placements[i - 1].section)
            actions.push_back(nullptr);
        actions.push_back(placements[i].action);
        sections.push_back(placements[i].section);
    }
    return actions;
}

void ActionRegistry::buildMenus(QMenuBar* bar) {
    for (int i = 0; i < kMenuCount; ++i) {
        QMenu* made = bar->addMenu(menuTitle(static_cast<Menu>(i)));
        std::vector<int> sections;
        for (QAction* action : laidOut(m_menuPlacements[static_cast<std::size_t>(i)], sections)) {
            if (action)
                made->addAction(action);
            else
                made->addSeparator();
        }
        m_menus.push_back(made);
    }
}

void ActionRegistry::buildToolBar(QToolBar* toolBar) {
    std::vector<int> sections;
    for (QAction* action : laidOut(m_toolBarPlacements, sections)) {
        if (action)
            toolBar->addAction(action);
        else
            toolBar->addSeparator();
    }
}

QMenu* ActionRegistry::menu(Menu which) const {
    const auto index = static_cast<std::size_t>(which);
    return index < m_menus.size() ? m_menus[index] : nullptr;
}

void ActionRegistry::update(const GateState& state) {
    m_state = state;
    for (const Entry& entry : m_entries) {
        const ActionGate& gate = entry.gate;
        const bool permitted =
            !gate.permission ||
            (state.session && domain::AccessPolicy::check(*state.session, *gate.permission).ok());
        const bool conditions = (!gate.needsDatabase || state.databaseOpen) &&
                                (!gate.needsCustomer || state.customerSelected);
        const bool allowed = (gate.permission ? state.databaseOpen : true) && permitted;
        if (gate.hideUnlessAllowed)
            entry.action->setVisible(allowed && conditions);
        else if (gate.hideUnlessPermitted)
            entry.action->setVisible(permitted);
        if (gate.needsDatabase || gate.needsCustomer || gate.permission)
            entry.action->setEnabled(conditions && allowed);
    }
    emit updated();
    // A menu shows only when the role can see something in it.
    for (QMenu* each : m_menus) {
        const QList<QAction*> entries = each->actions();
        each->menuAction()->setVisible(
            entries.isEmpty() || std::any_of(entries.begin(), entries.end(), [](QAction* a) {
                return !a->isSeparator() && (a->isVisible() || a->menu());
            }));
    }
}

} // namespace tessera::app
