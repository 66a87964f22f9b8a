#include "app/import/ImportReportDialog.h"

#include "app/common/MessageBoxes.h"
#include "app/common/Text.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QVBoxLayout>

namespace tessera::app {

ImportReportDialog::ImportReportDialog(const domain::ImportReport& report,
                                       std::shared_ptr<QTemporaryDir> rejectsFolder,
                                       QWidget* parent)
    : QDialog(parent), m_report(report), m_rejectsFolder(std::move(rejectsFolder)) {
    setWindowTitle(tr("Import Report"));
    resize(720, 520);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildSummary());
    buildRejections();
    layout->addWidget(m_rejections, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_saveRejects = buttons->addButton(tr("Save Rejected Rows…"), QDialogButtonBox::ActionRole);
    m_saveRejects->setEnabled(!m_report.rejectsPath.empty());
    connect(m_saveRejects, &QPushButton::clicked, this, &ImportReportDialog::chooseRejectsFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportReportDialog::reject);
    layout->addWidget(buttons);
}

QWidget* ImportReportDialog::buildSummary() {
    auto* summary = new QWidget(this);
    auto* form = new QFormLayout(summary);
    const QLocale locale;
    auto add = [&](const QString& caption, const QString& value, const char* name) {
        auto* label = new QLabel(value, summary);
        label->setObjectName(QLatin1String(name));
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(caption, label);
    };
    add(tr("File:"), qs(m_report.file), "reportFile");
    add(tr("Encoding:"), qs(m_report.encoding), "reportEncoding");
    add(tr("Rows read:"), locale.toString(m_report.rowsRead), "rowsRead");
    add(tr("Rows loaded:"), locale.toString(m_report.rowsLoaded), "rowsLoaded");
    add(tr("Rows rejected:"), locale.toString(m_report.rowsRejected), "rowsRejected");
    add(tr("Customers created:"), locale.toString(m_report.customersCreated), "customersCreated");
    add(tr("Duration:"), tr("%1 s").arg(locale.toString(m_report.durationMs / 1000.0, 'f', 1)),
        "duration");
    for (const std::string& warning : m_report.warnings)
        add(tr("Warning:"), qs(warning), "warning");
    return summary;
}

void ImportReportDialog::buildRejections() {
    m_rejections = new QTableWidget(static_cast<int>(m_report.firstRejections.size()), 2, this);
    m_rejections->setObjectName(QStringLiteral("rejectionsTable"));
    m_rejections->setHorizontalHeaderLabels({tr("Line"), tr("Reason")});
    m_rejections->horizontalHeader()->setStretchLastSection(true);
    m_rejections->verticalHeader()->hide();
    m_rejections->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rejections->setWordWrap(false);
    int row = 0;
    for (const domain::RejectedRow& rejected : m_report.firstRejections) {
        auto* line = new QTableWidgetItem(QString::number(rejected.line));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_rejections->setItem(row, 0, line);
        auto* reason = new QTableWidgetItem(qs(rejected.reason));
        reason->setToolTip(qs(rejected.reason));
        m_rejections->setItem(row++, 1, reason);
    }
    m_rejections->resizeColumnToContents(0);
    m_rejections->setVisible(row > 0);
}

bool ImportReportDialog::saveRejectsTo(const QString& path) {
    QFile::remove(path);
    if (QFile::copy(qs(m_report.rejectsPath), path))
        return true;
    showMessage(this, QMessageBox::Warning, tr("Save Rejected Rows"),
                tr("Could not write %1.").arg(path));
    return false;
}

void ImportReportDialog::chooseRejectsFile() {
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save Rejected Rows"), tr("rejected-rows.csv"),
                                     tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        saveRejectsTo(path);
}

} // namespace tessera::app
