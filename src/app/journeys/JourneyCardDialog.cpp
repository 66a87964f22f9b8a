#include "app/journeys/JourneyCardDialog.h"

#include "app/common/Text.h"
#include "app/jobs/WorkerJob.h"
#include "domain/records/Vocabulary.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tessera::app {

JourneyCardDialog::JourneyCardDialog(domain::Workspace& workspace,
                                     const domain::JourneyRequest& request,
                                     std::int64_t touchpointId, const QString& title,
                                     QWidget* parent)
    : QDialog(parent), m_calendar(workspace.calendar()) {
    setObjectName(QStringLiteral("journeyCardDialog"));
    setWindowTitle(title);
    m_heading = new QLabel(tr("Loading the interactions…"), this);
    m_heading->setWordWrap(true);
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("journeyCardTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Date"), tr("Code"), tr("Customer"), tr("Channel"), tr("Kind"), tr("Direction")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (const auto* cell = m_table->item(row, 0)) {
            emit customerActivated(cell->data(Qt::UserRole).toLongLong());
            accept();
        }
    });
    resize(720, 480);
    runOnWorker<std::vector<domain::JourneyCardRow>>(
        this, workspace,
        [request, touchpointId](domain::Workspace& ws) {
            return domain::JourneyService(ws).behindCard(request, touchpointId, kListed + 1);
        },
        [this](Result<std::vector<domain::JourneyCardRow>> rows) { showRows(std::move(rows)); });
}

void JourneyCardDialog::showRows(Result<std::vector<domain::JourneyCardRow>> rows) {
    namespace vocab = domain::vocabulary;
    m_loaded = true;
    if (!rows) {
        m_heading->setText(qs(rows.error().message));
        emit loaded();
        return;
    }
    const bool truncated = static_cast<int>(rows->size()) > kListed;
    if (truncated)
        rows->resize(kListed);
    const int n = static_cast<int>(rows->size());
    m_heading->setText(
        truncated
            ? tr("The latest %n interaction(s); double-click one to open its customer.", nullptr, n)
            : tr("%n interaction(s); double-click one to open its customer.", nullptr, n));
    m_table->setRowCount(n);
    int row = 0;
    for (const auto& r : *rows) {
        const QStringList cells = {m_calendar.wallClock(r.at, QStringLiteral("yyyy-MM-dd HH:mm")),
                                   qs(r.customerCode),
                                   qs(r.customerName),
                                   vocab::labelOf(vocab::channels(), r.channel),
                                   vocab::labelOf(vocab::interactionKinds(), r.kind),
                                   vocab::labelOf(vocab::directions(), r.direction)};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
        m_table->item(row, 0)->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(r.customerId));
        ++row;
    }
    m_table->resizeColumnsToContents();
    emit loaded();
}

} // namespace tessera::app
