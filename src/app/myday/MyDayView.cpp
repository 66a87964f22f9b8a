#include "app/myday/MyDayView.h"

#include "app/common/MessageBoxes.h"
#include "app/common/Text.h"
#include "app/jobs/WorkerJob.h"
#include "domain/followups/FollowUpService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <map>

namespace tessera::app {
namespace {

constexpr int kItemRole = Qt::UserRole;        // index into MyDay::items, -1 for headings
constexpr int kSectionRole = Qt::UserRole + 1; // a heading's section
constexpr int kUnfoldedLines = 50;

} // namespace

MyDayView::MyDayView(domain::Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace) {
    setObjectName(QStringLiteral("myDayView"));
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("myDayHeading"));
    m_heading->setWordWrap(true);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("myDayTree"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("What"), tr("Customer"), tr("Details")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_done = new QPushButton(tr("Follow-up &Done"), this);
    m_done->setObjectName(QStringLiteral("followUpDoneButton"));
    m_reschedule = new QPushButton(tr("Re&schedule…"), this);
    m_reschedule->setObjectName(QStringLiteral("followUpRescheduleButton"));
    auto* refresh = new QPushButton(tr("&Refresh"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_done);
    buttons->addWidget(m_reschedule);
    buttons->addStretch(1);
    buttons->addWidget(refresh);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
    connect(refresh, &QPushButton::clicked, this, &MyDayView::reload);
    connect(m_done, &QPushButton::clicked, this, &MyDayView::completeFollowUp);
    connect(m_reschedule, &QPushButton::clicked, this, [this] {
        if (const domain::MyDayItem* item = selectedItem(); item && item->followUpId)
            emit rescheduleRequested(*item);
    });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this] {
        if (const domain::MyDayItem* item = selectedItem())
            emit customerActivated(item->customerId);
    });
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &MyDayView::updateButtons);
    updateButtons();
}

void MyDayView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!m_loaded)
        reload();
}

void MyDayView::reload() {
    m_heading->setText(tr("Putting your day together…"));
    const int generation = ++m_generation;
    runOnWorker<domain::MyDay>(
        this, m_workspace, [](domain::Workspace& ws) { return domain::MyDayService(ws).build(); },
        [this, generation](Result<domain::MyDay> result) {
            if (generation == m_generation)
                display(std::move(result));
        });
}

void MyDayView::display(Result<domain::MyDay> result) {
    m_loaded = true;
    m_tree->clear();
    if (!result) {
        m_heading->setText(qs(result.error().message));
        emit loaded();
        return;
    }
    m_day = std::move(*result);
    const QString date = domain::Calendar::isoDate(m_day.today);
    const QString since = m_day.previousSignIn
                              ? tr("New since your previous sign-in on %1.")
                                    .arg(m_workspace.calendar().wallClock(
                                        *m_day.previousSignIn, QStringLiteral("yyyy-MM-dd HH:mm")))
                              : tr("This is your first sign-in: every open warning is new.");
    m_heading->setText(QStringLiteral("<b>%1</b> %2").arg(tr("My Day, %1.").arg(date), since));
    if (m_day.team) {
        // A supervisor's day: one branch per manager, then the sections.
        std::map<std::string, std::vector<const domain::MyDayItem*>> byOwner;
        for (const auto& item : m_day.items)
            byOwner[item.ownerName.empty() ? std::string() : item.ownerName].push_back(&item);
        for (const auto& [owner, items] : byOwner) {
            auto* manager = new QTreeWidgetItem(m_tree);
            manager->setText(
                0, owner.empty() ? tr("Unassigned")
                                 : tr("%1 (%Ln item(s))", nullptr, static_cast<int>(items.size()))
                                       .arg(qs(owner)));
            manager->setData(0, kItemRole, -1);
            QFont bold = manager->font(0);
            bold.setBold(true);
            manager->setFont(0, bold);
            addSections(manager, items);
            manager->setExpanded(true);
        }
    } else {
        std::vector<const domain::MyDayItem*> all;
        for (const auto& item : m_day.items)
            all.push_back(&item);
        addSections(m_tree->invisibleRootItem(), all);
    }
    m_tree->resizeColumnToContents(0);
    m_tree->resizeColumnToContents(1);
    updateButtons();
    emit loaded();
}

void MyDayView::addSections(QTreeWidgetItem* parent,
                            const std::vector<const domain::MyDayItem*>& items) {
    for (domain::MyDaySection section : domain::kMyDaySections) {
        auto* heading = new QTreeWidgetItem(parent);
        int count = 0;
        for (const domain::MyDayItem* item : items) {
            if (item->section != section)
                continue;
            ++count;
            auto* line = new QTreeWidgetItem(heading);
            line->setText(0, domain::Calendar::isoDate(item->day));
            line->setText(1, QStringLiteral("%1 · %2").arg(qs(item->code), qs(item->name)));
            line->setText(2, qs(item->text));
            line->setData(0, kItemRole, static_cast<int>(item - m_day.items.data()));
            if (item->urgent)
                for (int c = 0; c < 3; ++c)
                    line->setForeground(c, QColor(0xb3, 0x26, 0x1e));
        }
        heading->setText(
            0, QStringLiteral("%1 (%2)").arg(domain::myDaySectionLabel(section)).arg(count));
        heading->setData(0, kItemRole, -1);
        heading->setData(0, kSectionRole, static_cast<int>(section));
        heading->setData(1, kItemRole, count);
        heading->setFirstColumnSpanned(true);
        QFont bold = heading->font(0);
        bold.setBold(true);
        heading->setFont(0, bold);
        // Long sections (every warning, the first time) start folded.
        heading->setExpanded(count > 0 && count <= kUnfoldedLines);
    }
}

int MyDayView::shownCount(domain::MyDaySection section) const {
    int total = 0;
    std::function<void(QTreeWidgetItem*)> visit = [&](QTreeWidgetItem* node) {
        for (int i = 0; i < node->childCount(); ++i) {
            QTreeWidgetItem* child = node->child(i);
            const QVariant s = child->data(0, kSectionRole);
            if (s.isValid() && s.toInt() == static_cast<int>(section))
                total += child->data(1, kItemRole).toInt();
            else
                visit(child);
        }
    };
    visit(m_tree->invisibleRootItem());
    return total;
}

const domain::MyDayItem* MyDayView::selectedItem() const {
    const auto selected = m_tree->selectedItems();
    if (selected.isEmpty())
        return nullptr;
    const int index = selected.front()->data(0, kItemRole).toInt();
    if (index < 0 || index >= static_cast<int>(m_day.items.size()))
        return nullptr;
    return &m_day.items[static_cast<std::size_t>(index)];
}

void MyDayView::updateButtons() {
    const domain::MyDayItem* item = selectedItem();
    const bool followUp = item && item->followUpId;
    m_done->setEnabled(followUp);
    m_reschedule->setEnabled(followUp);
}

void MyDayView::completeFollowUp() {
    const domain::MyDayItem* item = selectedItem();
    if (!item || !item->followUpId)
        return;
    const std::int64_t customer = item->customerId;
    if (Status done = domain::FollowUpService(m_workspace).complete(*item->followUpId); !done)
        return (void)showError(this, tr("My Day"), done.error());
    emit followUpDone(customer);
    reload();
}

} // namespace tessera::app
