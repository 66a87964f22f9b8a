#include "app/customer/TimelineWidget.h"

#include "app/common/AppResources.h"
#include "app/common/Text.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tessera::app {
namespace {

using Type = domain::TimelineEntry::Type;

QString iconName(const domain::TimelineEntry& entry) {
    switch (entry.type) {
    case Type::Transaction:
        return entry.amountCents && *entry.amountCents < 0 ? QStringLiteral("refund")
                                                           : QStringLiteral("transaction");
    case Type::Interaction: return QStringLiteral("interaction");
    case Type::Survey: return QStringLiteral("survey");
    case Type::Ticket: return QStringLiteral("ticket");
    }
    return QStringLiteral("interaction");
}

QColor typeColour(Type type) {
    switch (type) {
    case Type::Transaction: return QColor(0x2e, 0x7d, 0x4f);
    case Type::Interaction: return QColor(0x1f, 0x6f, 0xb2);
    case Type::Survey: return QColor(0x8a, 0x4f, 0xb3);
    case Type::Ticket: return QColor(0xc0, 0x66, 0x2a);
    }
    return {};
}

QString money(std::int64_t cents) {
    return QLocale().toString(static_cast<double>(cents) / 100.0, 'f', 2);
}

} // namespace

TimelineWidget::TimelineWidget(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("timelineSummary"));
    m_summary->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("timelineList"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Date"), tr("Event"), tr("Detail"), tr("Amount")});
    QHeaderView* header = m_list->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(DateColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(EventColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(DetailColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(AmountColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
}

void TimelineWidget::clear() {
    m_list->clear();
    m_summary->clear();
}

void TimelineWidget::setEntries(const std::vector<domain::TimelineEntry>& entries,
                                const domain::Calendar& calendar) {
    m_list->clear();
    for (const domain::TimelineEntry& entry : entries)
        addEntry(entry, calendar);
    updateSummary(entries);
}

QString TimelineWidget::typeName(Type type) {
    switch (type) {
    case Type::Transaction: return tr("Transaction");
    case Type::Interaction: return tr("Interaction");
    case Type::Survey: return tr("Survey");
    case Type::Ticket: return tr("Ticket");
    }
    return {};
}

QString TimelineWidget::dateText(const domain::TimelineEntry& entry,
                                 const domain::Calendar& calendar) {
    // Interactions and tickets carry a time of day; purchases and surveys only a
    // day. ISO dates read the same in every language and sort as text.
    if (entry.type == Type::Interaction || entry.type == Type::Ticket) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(entry.at, calendar.timeZone());
        return at.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    return domain::Calendar::isoDate(entry.day);
}

void TimelineWidget::addEntry(const domain::TimelineEntry& entry,
                              const domain::Calendar& calendar) {
    auto* item = new QTreeWidgetItem(m_list);
    item->setText(DateColumn, dateText(entry, calendar));
    item->setIcon(EventColumn, appIcon(iconName(entry)));
    item->setText(EventColumn, qs(entry.title));
    item->setToolTip(EventColumn, typeName(entry.type));
    item->setForeground(EventColumn, typeColour(entry.type));
    item->setText(DetailColumn, qs(entry.detail));
    item->setToolTip(DetailColumn, qs(entry.detail));
    if (entry.amountCents) {
        item->setText(AmountColumn, money(*entry.amountCents));
        item->setTextAlignment(AmountColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (*entry.amountCents < 0)
            item->setForeground(AmountColumn, QColor(0xb3, 0x26, 0x1e));
    }
}

void TimelineWidget::updateSummary(const std::vector<domain::TimelineEntry>& entries) {
    int counts[4] = {};
    std::int64_t revenue = 0;
    for (const domain::TimelineEntry& entry : entries) {
        ++counts[static_cast<int>(entry.type)];
        revenue += entry.amountCents.value_or(0);
    }
    if (entries.empty()) {
        m_summary->setText(tr("No transactions, interactions, surveys or tickets yet."));
        return;
    }
    const QLocale locale;
    m_summary->setText(
        tr("Transactions: %1 (total %2) · Interactions: %3 · Surveys: %4 · Tickets: %5")
            .arg(locale.toString(counts[0]), money(revenue), locale.toString(counts[1]),
                 locale.toString(counts[2]), locale.toString(counts[3])));
}

} // namespace tessera::app
