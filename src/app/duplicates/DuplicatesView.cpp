#include "app/duplicates/DuplicatesView.h"

#include "app/common/Text.h"
#include "app/jobs/BackgroundTask.h"
#include "domain/duplicates/DuplicateFinder.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tessera::app {
namespace {

using domain::DuplicatePair;
using domain::DuplicateScoring;

QTableWidgetItem* readOnly(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

} // namespace

DuplicatesView::DuplicatesView(domain::Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace) {
    setObjectName(QStringLiteral("duplicatesView"));
    auto* explanation = new QLabel(
        tr("Customers that look like the same client: the same phone, email or ID number once "
           "written alike, or a similar name. A score of %1 or more is listed; double-click a "
           "code or name to open that customer.")
            .arg(DuplicateScoring::kDefaultThreshold),
        this);
    explanation->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("duplicatesStatus"));
    m_merge = new QPushButton(tr("&Merge…"), this);
    m_merge->setObjectName(QStringLiteral("duplicatesMergeButton"));
    m_merge->setToolTip(tr("Merge the second customer of the selected pair into the first"));
    m_merge->hide();
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("duplicatesRefreshButton"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(explanation, 1);
    bar->addWidget(m_status);
    bar->addWidget(m_merge);
    bar->addWidget(m_refresh);
    connect(m_refresh, &QPushButton::clicked, this, &DuplicatesView::reload);
    connect(m_merge, &QPushButton::clicked, this, [this] {
        if (const DuplicatePair* pair = selectedPair())
            emit mergeRequested(pair->first.id, pair->second.id);
    });

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("duplicatesTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Score"), tr("Code"), tr("Name"), tr("Code"), tr("Name"), tr("Reasons")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &DuplicatesView::updateMergeButton);
    connect(m_table, &QTableWidget::itemActivated, this, [this](QTableWidgetItem* item) {
        const auto row = static_cast<std::size_t>(item->row());
        if (row >= m_list.pairs.size())
            return;
        const DuplicatePair& pair = m_list.pairs[row];
        const bool second =
            item->column() == SecondCodeColumn || item->column() == SecondNameColumn;
        emit customerActivated(second ? pair.second.id : pair.first.id);
    });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
}

void DuplicatesView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!m_loaded && !m_running)
        reload();
}

void DuplicatesView::setMergeAvailable(bool available) {
    m_mergeAvailable = available;
    updateMergeButton();
}

void DuplicatesView::reload() {
    if (m_running) {
        m_reloadAgain = true;
        return;
    }
    auto opened = m_workspace.openWorker();
    if (!opened)
        return display(opened.error());
    m_running = true;
    m_refresh->setEnabled(false);
    m_status->setText(tr("Looking for duplicates…"));
    std::shared_ptr<domain::Workspace> worker = std::move(*opened);
    BackgroundTask::start<Result<domain::DuplicateList>>(
        this, tr("Duplicate Customers"),
        [worker](const domain::JobControl& job) {
            domain::DuplicateRequest request;
            request.limit = kShown;
            return domain::DuplicateFinder(*worker).find(request, job);
        },
        [this](Result<domain::DuplicateList> result) {
            m_running = false;
            m_refresh->setEnabled(true);
            display(std::move(result));
            if (m_reloadAgain) {
                m_reloadAgain = false;
                reload();
            }
        });
}

void DuplicatesView::display(Result<domain::DuplicateList> result) {
    m_loaded = true;
    m_table->setRowCount(0);
    if (!result) {
        m_list = {};
        m_status->setText(qs(result.error().message));
        updateMergeButton();
        emit loaded();
        return;
    }
    m_list = std::move(*result);
    m_table->setRowCount(static_cast<int>(m_list.pairs.size()));
    int row = 0;
    for (const DuplicatePair& pair : m_list.pairs) {
        auto* score = readOnly(QString::number(pair.score, 'f', 2));
        score->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, ScoreColumn, score);
        m_table->setItem(row, FirstCodeColumn, readOnly(qs(pair.first.code)));
        m_table->setItem(row, FirstNameColumn, readOnly(qs(pair.first.name)));
        m_table->setItem(row, SecondCodeColumn, readOnly(qs(pair.second.code)));
        m_table->setItem(row, SecondNameColumn, readOnly(qs(pair.second.name)));
        m_table->setItem(row, ReasonsColumn, readOnly(DuplicateScoring::text(pair.reasons)));
        ++row;
    }
    const auto shown = static_cast<std::int64_t>(m_list.pairs.size());
    m_status->setText(
        m_list.total == shown
            ? tr("%n pair(s)", nullptr, static_cast<int>(m_list.total))
            : tr("The best %1 of %n pair(s)", nullptr, static_cast<int>(m_list.total)).arg(shown));
    updateMergeButton();
    emit loaded();
}

const DuplicatePair* DuplicatesView::selectedPair() const {
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const auto row = static_cast<std::size_t>(rows.first().row());
    return row < m_list.pairs.size() ? &m_list.pairs[row] : nullptr;
}

void DuplicatesView::updateMergeButton() {
    // Shown to the roles that may merge at all; the merge checks each customer.
    const bool may =
        domain::AccessPolicy::check(m_workspace.session(), domain::Action::MergeCustomers).ok();
    m_merge->setVisible(m_mergeAvailable && may);
    m_merge->setEnabled(selectedPair() != nullptr);
}

} // namespace tessera::app
