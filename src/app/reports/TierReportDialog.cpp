#include "app/reports/TierReportDialog.h"

#include "app/common/ScoreText.h"
#include "app/common/Text.h"
#include "domain/scoring/ScoringService.h"
#include "domain/reports/TierReportWriter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace tessera::app {
namespace {

constexpr int kRunsShown = 100;

QString formatLabel(const std::string& format) {
    if (format == "xlsx")
        return TierReportDialog::tr("Excel workbook (XLSX)");
    if (format == "pdf")
        return TierReportDialog::tr("PDF document");
    return TierReportDialog::tr("CSV file");
}

} // namespace

TierReportDialog::TierReportDialog(DatabaseWorker& worker, QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Tier Report"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Customers and revenue per tier and per account manager for one "
                                "scoring run; with a second run, who was promoted or demoted."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_run = new QComboBox(this);
    m_run->setObjectName(QStringLiteral("reportRun"));
    m_compare = new QComboBox(this);
    m_compare->setObjectName(QStringLiteral("compareRun"));
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("reportFormat"));
    for (const std::string& format : domain::TierReportWriter::formats())
        m_format->addItem(formatLabel(format), qs(format));
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("reportFile"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_file->setText(QDir(folder).filePath(tr("tier-report") + QStringLiteral(".csv")));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    form->addRow(tr("Scoring &run:"), m_run);
    form->addRow(tr("&Compare with:"), m_compare);
    form->addRow(tr("&Format:"), m_format);
    // A row holding a layout gets no buddy of its own: name the line edit so
    // the mnemonic works and the '&' is not shown.
    auto* fileLabel = new QLabel(tr("F&ile:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    layout->addLayout(form);
    m_status = new QLabel(tr("Loading the scoring runs…"), this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setEnabled(false);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &TierReportDialog::browse);
    connect(m_format, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &TierReportDialog::matchSuffixToFormat);
    connect(m_file, &QLineEdit::textChanged, this, &TierReportDialog::updateExportButton);
    worker.post<RunsResult>(
        this, [](domain::Workspace& ws) { return domain::ScoringService(ws).runs(kRunsShown); },
        [this](RunsResult runs) { showRuns(runs); });
}

void TierReportDialog::showRuns(const RunsResult& runs) {
    if (!runs)
        m_status->setText(qs(runs.error().message));
    else if (runs->empty())
        m_status->setText(tr("Nothing has been scored yet: score the customers first "
                             "(Scoring > Score Now)."));
    else
        m_status->clear();
    m_compare->addItem(tr("None"), QVariant());
    if (runs)
        for (const storage::ScoringRunRecord& run : *runs) {
            const QVariant id = QVariant::fromValue<qlonglong>(run.id);
            m_run->addItem(ScoreText::runLabel(run), id);
            m_compare->addItem(ScoreText::runLabel(run), id);
        }
    // Newest first: the newest run against the one before it.
    if (m_compare->count() > 2)
        m_compare->setCurrentIndex(2);
    updateExportButton();
    emit runsLoaded();
}

void TierReportDialog::matchSuffixToFormat() {
    const QFileInfo file(m_file->text());
    if (m_file->text().isEmpty())
        return;
    m_file->setText(file.dir().filePath(file.completeBaseName() + QLatin1Char('.') + format()));
}

void TierReportDialog::browse() {
    const QString suffix = format();
    const QString chosen =
        QFileDialog::getSaveFileName(this, tr("Tier Report"), m_file->text(),
                                     tr("%1 (*.%2)").arg(m_format->currentText(), suffix));
    if (!chosen.isEmpty())
        m_file->setText(chosen);
}

void TierReportDialog::updateExportButton() {
    m_export->setEnabled(m_run->count() > 0 && !m_file->text().trimmed().isEmpty());
}

domain::TierReportRequest TierReportDialog::request() const {
    domain::TierReportRequest request;
    request.runId = m_run->currentData().toLongLong();
    if (const QVariant compare = m_compare->currentData(); compare.isValid())
        request.compareRunId = compare.toLongLong();
    return request;
}

QString TierReportDialog::format() const {
    return m_format->currentData().toString();
}

QString TierReportDialog::path() const {
    return m_file->text().trimmed();
}

} // namespace tessera::app
