#include "app/journeys/JourneySnapshotSaveDialog.h"

#include "app/common/MessageBoxes.h"
#include "app/common/Text.h"
#include "app/jobs/WorkerJob.h"
#include "app/journeys/JourneyFormat.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tessera::app {

JourneySnapshotSaveDialog::JourneySnapshotSaveDialog(domain::Workspace& workspace,
                                                     domain::JourneyMap map,
                                                     const QString& suggestedName, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_map(std::move(map)) {
    setObjectName(QStringLiteral("journeySnapshotSaveDialog"));
    setWindowTitle(tr("Save Journey Snapshot"));
    auto* intro = new QLabel(
        tr("Keeps the figures of the map shown (%1, %2 customers) under a name, to compare "
           "with later ones.")
            .arg(qs(m_map.period), JourneyFormat::count(m_map.customers)),
        this);
    intro->setWordWrap(true);
    m_name = new QLineEdit(suggestedName, this);
    m_name->setObjectName(QStringLiteral("snapshotNameEdit"));
    m_name->setMaxLength(80);
    m_name->selectAll();
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("snapshotError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &JourneySnapshotSaveDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_buttons->button(QDialogButtonBox::Save)
            ->setEnabled(!text.trimmed().isEmpty() && !m_saving);
    });
    resize(460, sizeHint().height());
}

void JourneySnapshotSaveDialog::save() {
    const QString name = m_name->text().trimmed();
    if (name.isEmpty() || m_saving)
        return;
    m_saving = true;
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    m_error->hide();
    runOnWorker<std::int64_t>(
        this, m_workspace,
        [map = m_map, name = name.toStdString()](domain::Workspace& ws) {
            return domain::JourneySnapshots(ws).save(map, name);
        },
        [this, name](Result<std::int64_t> id) {
            m_saving = false;
            m_buttons->button(QDialogButtonBox::Save)->setEnabled(true);
            if (!id) {
                m_error->setText(qs(id.error().message));
                m_error->show();
                growToFit(this);
                m_name->setFocus();
                return;
            }
            m_savedId = *id;
            emit saved(name);
            accept();
        });
}

} // namespace tessera::app
