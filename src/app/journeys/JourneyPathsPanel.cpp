#include "app/journeys/JourneyPathsPanel.h"

#include "app/journeys/JourneyBarDelegate.h"
#include "app/journeys/JourneyFormat.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tessera::app {
namespace {

const QColor kRisk(0xc6, 0x4b, 0x3c);
const QColor kReached(0xc9, 0xd6, 0xe6);
const QColor kWentOn(0x2f, 0x6f, 0xae);

QTableWidget* makeTable(const QStringList& headers, QWidget* parent) {
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->setWordWrap(true);
    // Rows follow their wrapped text whenever the panel is resized.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setAlternatingRowColors(true);
    return table;
}

QLabel* heading(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setStyleSheet(QStringLiteral("font-weight: 600; font-size: 11pt;"));
    return label;
}

QTableWidgetItem* item(const QString& text, Qt::Alignment align = Qt::AlignLeft) {
    auto* cell = new QTableWidgetItem(text);
    cell->setTextAlignment(align | Qt::AlignVCenter);
    return cell;
}

} // namespace

JourneyPathsPanel::JourneyPathsPanel(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("journeyPathsPanel"));
    m_paths = makeTable({tr("Path"), tr("Customers"), tr("Churned or at risk")}, this);
    m_paths->setObjectName(QStringLiteral("journeyPathsTable"));
    m_paths->setItemDelegateForColumn(2, new JourneyBarDelegate(m_paths));
    m_paths->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_paths->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_paths->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_pathsNote = new QLabel(this);
    m_pathsNote->setWordWrap(true);
    m_pathsNote->setStyleSheet(QStringLiteral("color: #5f6b7a;"));

    m_dropOffs = makeTable({tr("From → to"), tr("Went on"), tr("Dropped")}, this);
    m_dropOffs->setObjectName(QStringLiteral("journeyDropOffTable"));
    m_dropOffs->setItemDelegateForColumn(1, new JourneyBarDelegate(m_dropOffs));
    m_dropOffs->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_dropOffs->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_dropOffs->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 0, 0);
    layout->addWidget(heading(tr("Most common paths"), this));
    layout->addWidget(m_pathsNote);
    layout->addWidget(m_paths, 3);
    layout->addWidget(heading(tr("Drop-off between stages"), this));
    layout->addWidget(m_dropOffs, 2);
}

void JourneyPathsPanel::clear() {
    m_paths->setRowCount(0);
    m_dropOffs->setRowCount(0);
    m_pathsNote->clear();
}

void JourneyPathsPanel::setMap(const domain::JourneyMap& map) {
    showPaths(map);
    showDropOffs(map);
}

void JourneyPathsPanel::showPaths(const domain::JourneyMap& map) {
    m_paths->setRowCount(0);
    m_pathsNote->setText(map.paths.empty()
                             ? tr("No customer went through a stage in this period.")
                             : tr("The stages each customer went through in the period, in "
                                  "order; the most common first."));
    for (const auto& p : map.paths) {
        const int row = m_paths->rowCount();
        m_paths->insertRow(row);
        m_paths->setItem(row, 0, item(JourneyFormat::path(p.stages)));
        m_paths->setItem(row, 1, item(JourneyFormat::count(p.customers), Qt::AlignRight));
        auto* risk = item(tr("%1 (%2)").arg(JourneyFormat::percent(p.churnShare(), 0),
                                            JourneyFormat::count(p.atRisk)));
        risk->setData(JourneyBarDelegate::ShareRole, p.churnShare());
        risk->setData(JourneyBarDelegate::ColourRole, kRisk);
        risk->setToolTip(
            tr("%1 of these %2 customers are churned or at risk now.")
                .arg(JourneyFormat::count(p.atRisk), JourneyFormat::count(p.customers)));
        m_paths->setItem(row, 2, risk);
    }
}

void JourneyPathsPanel::showDropOffs(const domain::JourneyMap& map) {
    m_dropOffs->setRowCount(0);
    for (const auto& d : map.dropOffs) {
        const int row = m_dropOffs->rowCount();
        m_dropOffs->insertRow(row);
        m_dropOffs->setItem(row, 0, item(JourneyFormat::path({d.from, d.to})));
        auto* wentOn = item(
            tr("%1 of %2").arg(JourneyFormat::count(d.continued), JourneyFormat::count(d.reached)));
        wentOn->setData(JourneyBarDelegate::ShareRole, d.reached > 0 ? 1.0 : 0.0);
        wentOn->setData(JourneyBarDelegate::ColourRole, kReached);
        wentOn->setData(JourneyBarDelegate::InnerShareRole,
                        d.reached > 0
                            ? static_cast<double>(d.continued) / static_cast<double>(d.reached)
                            : 0.0);
        wentOn->setData(JourneyBarDelegate::InnerColourRole, kWentOn);
        m_dropOffs->setItem(row, 1, wentOn);
        const auto share = d.dropShare();
        m_dropOffs->setItem(row, 2,
                            item(share
                                     ? tr("%1 did not go on").arg(JourneyFormat::percent(*share, 0))
                                     : tr("nobody reached it")));
    }
}

} // namespace tessera::app
