#include "app/dashboards/CustomersBehindDialog.h"

#include "app/common/Text.h"
#include "domain/customers/CustomerService.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace tessera::app {

CustomersBehindDialog::CustomersBehindDialog(domain::Workspace& workspace, const QString& title,
                                             const std::vector<std::int64_t>& ids, bool truncated,
                                             QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("customersBehindDialog"));
    setWindowTitle(title);
    m_list = new QListWidget(this);
    auto rows = domain::CustomerService(workspace).rows(ids);
    auto* heading = new QLabel(this);
    heading->setWordWrap(true);
    if (!rows) {
        heading->setText(qs(rows.error().message));
    } else {
        heading->setText(truncated ? tr("The first %n customer(s); double-click one to open it.",
                                        nullptr, static_cast<int>(rows->size()))
                                   : tr("%n customer(s); double-click one to open it.", nullptr,
                                        static_cast<int>(rows->size())));
        for (const auto& row : *rows) {
            auto* item = new QListWidgetItem(
                QStringLiteral("%1 · %2").arg(qs(row.code), qs(row.name)), m_list);
            item->setData(Qt::UserRole, static_cast<qlonglong>(row.id));
        }
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        emit customerActivated(item->data(Qt::UserRole).toLongLong());
        accept();
    });
    resize(420, 480);
}

} // namespace tessera::app
