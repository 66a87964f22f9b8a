#include "app/interactions/InteractionLogDialog.h"

#include "app/common/MessageBoxes.h"
#include "app/common/Text.h"
#include "app/interactions/InteractionController.h"
#include "domain/records/Vocabulary.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tessera::app {

InteractionLogDialog::InteractionLogDialog(domain::Workspace& workspace,
                                           InteractionController& controller,
                                           std::int64_t customerId, const QString& customerName,
                                           QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_controller(controller), m_customerId(customerId) {
    setObjectName(QStringLiteral("interactionLogDialog"));
    setWindowTitle(tr("Interactions — %1").arg(customerName));
    resize(760, 420);
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("interactionTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("When"), tr("Direction"), tr("Channel"), tr("Kind"), tr("Outcome"), tr("Logged by")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_edit = buttons->addButton(tr("&Edit…"), QDialogButtonBox::ActionRole);
    m_delete = buttons->addButton(tr("&Delete"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const std::int64_t id = selectedId()) {
            m_controller.editInteraction(id, this);
            reload();
        }
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, m_edit, &QPushButton::click);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (const std::int64_t id = selectedId(); id && m_controller.deleteInteraction(id, this))
            reload();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_edit->setEnabled(selectedId() != 0);
        m_delete->setEnabled(selectedId() != 0);
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    reload();
}

std::int64_t InteractionLogDialog::selectedId() const {
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return m_table->item(rows.front().row(), 0)->data(Qt::UserRole).toLongLong();
}

void InteractionLogDialog::reload() {
    namespace vocab = domain::vocabulary;
    m_table->setRowCount(0);
    auto rows = domain::InteractionService(m_workspace).list(m_customerId, 500);
    if (!rows) {
        showError(this, windowTitle(), rows.error());
        return;
    }
    m_table->setRowCount(static_cast<int>(rows->size()));
    int r = 0;
    for (const storage::InteractionRow& row : *rows) {
        const storage::InteractionRecord& i = row.record;
        auto* when = new QTableWidgetItem(
            m_workspace.calendar().wallClock(i.at, QStringLiteral("yyyy-MM-dd HH:mm")));
        when->setData(Qt::UserRole, static_cast<qlonglong>(i.id));
        m_table->setItem(r, 0, when);
        m_table->setItem(r, 1,
                         new QTableWidgetItem(vocab::labelOf(vocab::directions(), i.direction)));
        m_table->setItem(r, 2, new QTableWidgetItem(vocab::labelOf(vocab::channels(), i.channel)));
        m_table->setItem(r, 3,
                         new QTableWidgetItem(vocab::labelOf(vocab::interactionKinds(), i.kind)));
        m_table->setItem(r, 4, new QTableWidgetItem(qs(i.outcome)));
        m_table->setItem(
            r, 5, new QTableWidgetItem(row.username.empty() ? tr("(imported)") : qs(row.username)));
        ++r;
    }
    m_table->resizeColumnsToContents();
    m_edit->setEnabled(false);
    m_delete->setEnabled(false);
}

} // namespace tessera::app
