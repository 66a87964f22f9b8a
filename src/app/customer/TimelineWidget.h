#pragma once

// A customer's history, newest first: transactions, interactions, surveys and
// tickets, each with its date, an icon and colour for its type, and amounts.

#include "domain/workspace/Calendar.h"
#include "domain/customers/CustomerService.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace tessera::app {

class TimelineWidget : public QWidget {
    Q_OBJECT

public:
    enum Column { DateColumn, EventColumn, DetailColumn, AmountColumn, ColumnCount };

    explicit TimelineWidget(QWidget* parent = nullptr);

    void setEntries(const std::vector<domain::TimelineEntry>& entries,
                    const domain::Calendar& calendar);
    void clear();
    QTreeWidget* list() const { return m_list; }
    QLabel* summary() const { return m_summary; }

private:
    static QString typeName(domain::TimelineEntry::Type type);
    static QString dateText(const domain::TimelineEntry& entry, const domain::Calendar& calendar);
    void addEntry(const domain::TimelineEntry& entry, const domain::Calendar& calendar);
    void updateSummary(const std::vector<domain::TimelineEntry>& entries);

    QLabel* m_summary = nullptr;
    QTreeWidget* m_list = nullptr;
};

} // namespace tessera::app
