#include "app/quality/QualityView.h"

#include "app/common/Text.h"
#include "app/jobs/BackgroundTask.h"
#include "app/jobs/WorkerJob.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tessera::app {
namespace {

using domain::FieldFigure;
using domain::QualityService;

constexpr int kFieldColumns = 9; // the eight key fields and the tags

QString percent(double share) {
    return QString::number(share * 100.0, 'f', 1) + QLatin1Char('%');
}

QTableWidgetItem* readOnly(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

} // namespace

QualityView::QualityView(domain::Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace) {
    setObjectName(QStringLiteral("qualityView"));
    m_goals = new QLabel(this);
    m_goals->setObjectName(QStringLiteral("qualityGoals"));
    m_goals->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("qualityStatus"));
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("qualityRefreshButton"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_goals, 1);
    bar->addWidget(m_status);
    bar->addWidget(m_refresh);
    connect(m_refresh, &QPushButton::clicked, this, &QualityView::reload);

    m_figures = new QTableWidget(0, kFirstFieldColumn + kFieldColumns, this);
    m_figures->setObjectName(QStringLiteral("qualityFigures"));
    QStringList headers{tr("Owner"), tr("Customers")};
    for (domain::QualityField field : QualityService::keyFields())
        headers << QualityService::fieldLabel(field);
    headers << QualityService::fieldLabel(domain::QualityField::Tags);
    m_figures->setHorizontalHeaderLabels(headers);
    m_figures->verticalHeader()->hide();
    m_figures->setSelectionMode(QAbstractItemView::SingleSelection);
    m_figures->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_figures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_figures->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_figures, &QTableWidget::cellClicked, this, &QualityView::listIncomplete);

    auto* lower = new QWidget(this);
    m_incompleteHeading =
        new QLabel(tr("Click a figure to list the customers lacking that field."), lower);
    m_incompleteHeading->setObjectName(QStringLiteral("qualityIncompleteHeading"));
    m_incompleteHeading->setWordWrap(true);
    m_incomplete = new QTableWidget(0, 3, lower);
    m_incomplete->setObjectName(QStringLiteral("qualityIncomplete"));
    m_incomplete->setHorizontalHeaderLabels({tr("Code"), tr("Name"), tr("Owner")});
    m_incomplete->verticalHeader()->hide();
    m_incomplete->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_incomplete->setSelectionMode(QAbstractItemView::SingleSelection);
    m_incomplete->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_incomplete->horizontalHeader()->setStretchLastSection(true);
    connect(m_incomplete, &QTableWidget::itemActivated, this, [this](QTableWidgetItem* item) {
        const QTableWidgetItem* code = m_incomplete->item(item->row(), 0);
        if (code)
            emit customerActivated(code->data(Qt::UserRole).toLongLong());
    });
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_incompleteHeading);
    lowerLayout->addWidget(m_incomplete, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_figures);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
}

std::optional<domain::QualityField> QualityView::fieldOfColumn(int column) {
    const int index = column - kFirstFieldColumn;
    if (index < 0 || index >= kFieldColumns)
        return std::nullopt;
    if (index == kFieldColumns - 1)
        return domain::QualityField::Tags;
    return QualityService::keyFields().at(static_cast<std::size_t>(index));
}

void QualityView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!m_loaded && !m_running)
        reload();
}

void QualityView::reload() {
    if (m_running) {
        m_reloadAgain = true;
        return;
    }
    auto opened = m_workspace.openWorker();
    if (!opened)
        return display(opened.error());
    m_running = true;
    m_refresh->setEnabled(false);
    m_status->setText(tr("Counting…"));
    std::shared_ptr<domain::Workspace> worker = std::move(*opened);
    // A million customers take a few seconds: progress and Cancel in the
    // task's dialog, which shows only when the count lasts.
    BackgroundTask::start<Result<domain::QualityReport>>(
        this, tr("Data Quality"),
        [worker](const domain::JobControl& job) {
            return QualityService(*worker).compute({}, job);
        },
        [this](Result<domain::QualityReport> result) {
            m_running = false;
            m_refresh->setEnabled(true);
            if (!result && result.error().code == ErrorCode::Cancelled && m_loaded)
                m_status->setText(tr("Cancelled; the figures shown are the earlier ones."));
            else
                display(std::move(result));
            if (m_reloadAgain) {
                m_reloadAgain = false;
                reload();
            }
        });
}

void QualityView::display(Result<domain::QualityReport> result) {
    m_loaded = true;
    if (!result) {
        m_status->setText(qs(result.error().message));
        m_figures->setRowCount(0);
        m_rowRequests.clear();
        emit loaded();
        return;
    }
    m_report = std::move(*result);
    m_goals->setText(tr("Key fields: goal %1 of customers. Tags: goal %2. Figures below their "
                        "goal are marked; click one to list the customers lacking it.")
                         .arg(percent(m_report.keyFieldGoal), percent(m_report.tagCoverageGoal)));
    m_status->setText(
        tr("%n customer(s), not archived", nullptr, static_cast<int>(m_report.overall.customers)));
    m_figures->setRowCount(0);
    m_rowRequests.clear();
    m_figures->setRowCount(static_cast<int>(m_report.byOwner.size()) + 1);
    addRow(0, tr("All customers"), m_report.overall);
    m_rowRequests.push_back({});
    int row = 1;
    for (const auto& owner : m_report.byOwner) {
        domain::QualityRequest request;
        request.owner = owner.ownerId;
        request.unassigned = !owner.ownerId;
        m_rowRequests.push_back(request);
        addRow(row++,
               owner.ownerId ? tr("%1 (%2)").arg(qs(owner.displayName), qs(owner.username))
                             : tr("Without an owner"),
               owner.figures);
    }
    QFont bold = m_figures->font();
    bold.setBold(true);
    for (int column = 0; column < m_figures->columnCount(); ++column)
        if (QTableWidgetItem* item = m_figures->item(0, column))
            item->setFont(bold);
    emit loaded();
}

void QualityView::addRow(int row, const QString& label, const domain::QualityFigures& figures) {
    m_figures->setItem(row, kOwnerColumn, readOnly(label));
    auto* count = readOnly(QString::number(figures.customers));
    count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_figures->setItem(row, kCustomersColumn, count);
    for (int i = 0; i < kFieldColumns; ++i) {
        const auto field = *fieldOfColumn(kFirstFieldColumn + i);
        const FieldFigure& f = figures.figure(field);
        const bool below = f.meetsGoal && !*f.meetsGoal;
        // The mark is in the text as well as the colour, for those who cannot tell them apart.
        const QString text =
            f.share ? QStringLiteral("%1%2 (%3)")
                          .arg(below ? QStringLiteral("▼ ") : QString(), percent(*f.share))
                          .arg(f.filled)
                    : QStringLiteral("–");
        auto* item = readOnly(text);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        item->setData(Qt::UserRole, static_cast<qlonglong>(f.filled));
        if (f.meetsGoal)
            item->setBackground(*f.meetsGoal ? QColor(0xdf, 0xf2, 0xdf) : QColor(0xf8, 0xd7, 0xd7));
        item->setToolTip(
            tr("%1 of %2 customers have this field (%3 lack it); the goal is %4: %5. Click to "
               "list those lacking it.")
                .arg(f.filled)
                .arg(figures.customers)
                .arg(f.missing)
                .arg(percent(f.goal), !f.meetsGoal   ? tr("nothing to meet")
                                      : *f.meetsGoal ? tr("met")
                                                     : tr("missed")));
        m_figures->setItem(row, kFirstFieldColumn + i, item);
    }
}

void QualityView::listIncomplete(int row, int column) {
    const auto field = fieldOfColumn(column);
    if (!field || row < 0 || row >= static_cast<int>(m_rowRequests.size()))
        return;
    const domain::QualityRequest request = m_rowRequests[static_cast<std::size_t>(row)];
    // "Tags missing, 李娜 (li.na)": the field, then whose customers.
    const QString heading =
        tr("%1 missing, %2")
            .arg(QualityService::fieldLabel(*field),
                 row == 0 ? tr("all customers") : m_figures->item(row, kOwnerColumn)->text());
    m_incompleteLoaded = false;
    m_incompleteHeading->setText(tr("%1 (loading…)").arg(heading));
    const int generation = ++m_listGeneration;
    const domain::QualityField wanted = *field;
    runOnWorker<std::vector<domain::IncompleteCustomer>>(
        this, m_workspace,
        [wanted, request](domain::Workspace& ws) {
            return QualityService(ws).incomplete(wanted, request, kListed + 1);
        },
        [this, generation, heading](Result<std::vector<domain::IncompleteCustomer>> rows) {
            if (generation == m_listGeneration)
                showIncomplete(heading, std::move(rows));
        });
}

void QualityView::showIncomplete(const QString& heading,
                                 Result<std::vector<domain::IncompleteCustomer>> rows) {
    m_incomplete->setRowCount(0);
    m_incompleteLoaded = true;
    if (!rows) {
        m_incompleteHeading->setText(qs(rows.error().message));
        emit incompleteShown();
        return;
    }
    const bool truncated = static_cast<int>(rows->size()) > kListed;
    if (truncated)
        rows->resize(kListed);
    const int count = static_cast<int>(rows->size());
    m_incompleteHeading->setText(
        count == 0 ? tr("%1: none.").arg(heading)
        : truncated
            ? tr("%1: the first %n, by code; double-click one to open it.", nullptr, count)
                  .arg(heading)
            : tr("%1: %n customer(s); double-click one to open it.", nullptr, count).arg(heading));
    m_incomplete->setRowCount(count);
    for (int r = 0; r < count; ++r) {
        const auto& c = (*rows)[static_cast<std::size_t>(r)];
        auto* code = readOnly(qs(c.code));
        code->setData(Qt::UserRole, static_cast<qlonglong>(c.id));
        m_incomplete->setItem(r, 0, code);
        m_incomplete->setItem(r, 1, readOnly(qs(c.name)));
        m_incomplete->setItem(r, 2, readOnly(c.owner.empty() ? tr("(no owner)") : qs(c.owner)));
    }
    m_incomplete->resizeColumnsToContents();
    emit incompleteShown();
}

} // namespace tessera::app
