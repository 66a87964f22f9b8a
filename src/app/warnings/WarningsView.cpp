#include "app/warnings/WarningsView.h"

#include "app/common/Text.h"
#include "app/jobs/WorkerJob.h"
#include "domain/warnings/WarningService.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace tessera::app {

using WarningsResult = Result<std::vector<domain::Warning>>;

WarningsView::WarningsView(const domain::Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace) {
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("warningKindFilter"));
    m_kind->addItem(tr("All warnings"));
    for (domain::WarningKind kind : domain::kAllWarningKinds)
        m_kind->addItem(domain::warningKindLabel(kind), static_cast<int>(kind));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("warningsStatus"));
    bar->addWidget(m_kind);
    bar->addWidget(m_status, 1);
    layout->addLayout(bar);

    m_model = new WarningsModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("warningsTable"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the service's order until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(WarningsModel::NameColumn, 200);
    layout->addWidget(m_table, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &WarningsView::reload);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.isValid())
            emit customerActivated(m_model->warning(index.row()).customerId);
    });
}

void WarningsView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!m_loaded && !m_loading)
        reload();
}

void WarningsView::reload() {
    domain::WarningFilter filter;
    if (m_kind->currentIndex() > 0)
        filter.kind = static_cast<domain::WarningKind>(m_kind->currentData().toInt());
    m_loading = true;
    m_status->setText(tr("Looking for warnings…"));
    const int generation = ++m_generation;
    runOnWorker<std::vector<domain::Warning>>(
        this, m_workspace,
        [filter](domain::Workspace& ws) { return domain::WarningService(ws).list(filter); },
        [this, generation](WarningsResult result) {
            if (generation == m_generation)
                display(std::move(result));
        });
}

void WarningsView::display(WarningsResult result) {
    m_loading = false;
    m_loaded = true;
    if (!result) {
        m_model->setWarnings({});
        m_status->setText(qs(result.error().message));
        emit loaded(0);
        return;
    }
    const int count = static_cast<int>(result->size());
    m_model->setWarnings(std::move(*result));
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_status->setText(tr("%Ln warning(s); double-click one to open the customer.", nullptr, count));
    emit loaded(count);
}

} // namespace tessera::app
