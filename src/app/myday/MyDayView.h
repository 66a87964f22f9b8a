#pragma once

// My Day: the first tab an account manager sees after signing in. Sections
// (follow-ups due, tickets near or past their targets, new warnings, tier
// changes, customers due a contact), each line opening its customer; a
// supervisor's list is grouped by manager. Built in the background.

#include "domain/myday/MyDayService.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace tessera::app {

class MyDayView : public QWidget {
    Q_OBJECT

public:
    MyDayView(domain::Workspace& workspace, QWidget* parent = nullptr);

    void reload();
    bool hasLoaded() const { return m_loaded; }
    QTreeWidget* tree() const { return m_tree; }
    // The day as last shown (for tests: the counts on screen).
    const domain::MyDay& day() const { return m_day; }
    // The number shown in a section's heading, summed over managers.
    int shownCount(domain::MyDaySection section) const;
    const domain::MyDayItem* selectedItem() const;

    QPushButton* doneButton() const { return m_done; }
    QPushButton* rescheduleButton() const { return m_reschedule; }

signals:
    void customerActivated(std::int64_t customerId);
    void followUpDone(std::int64_t customerId);
    void rescheduleRequested(const domain::MyDayItem& item);
    void loaded();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void display(Result<domain::MyDay> result);
    void addSections(QTreeWidgetItem* parent, const std::vector<const domain::MyDayItem*>& items);
    void completeFollowUp();
    void updateButtons();

    domain::Workspace& m_workspace;
    QLabel* m_heading;
    QTreeWidget* m_tree;
    QPushButton* m_done;
    QPushButton* m_reschedule;
    domain::MyDay m_day;
    bool m_loaded = false;
    int m_generation = 0;
};

} // namespace tessera::app
