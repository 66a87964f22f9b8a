#include "app/accessreview/AccessReviewDialog.h"

#include "app/common/MessageBoxes.h"
#include "app/common/Text.h"
#include "app/jobs/WorkerJob.h"
#include "domain/files/CsvWriter.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tessera::app {
namespace {

using ReviewResult = Result<domain::AccessReview>;

QDateEdit* makeDateEdit(QWidget* parent, const QDate& date, const char* name) {
    auto* edit = new QDateEdit(date, parent);
    edit->setObjectName(QLatin1String(name));
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

} // namespace

AccessReviewDialog::AccessReviewDialog(const domain::Workspace& workspace, QWidget* parent)
    : QDialog(parent), m_workspace(workspace) {
    setWindowTitle(tr("Access Review"));
    resize(1000, 600);
    auto* layout = new QVBoxLayout(this);

    // The last 30 days through today, in the database's calendar.
    const QDate today =
        domain::Calendar::dateFromDay(workspace.calendar().dayOf(workspace.nowMs()));
    auto* filters = new QHBoxLayout;
    auto* fromLabel = new QLabel(tr("&From:"), this);
    m_from = makeDateEdit(this, today.addDays(-30), "reviewFrom");
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&To:"), this);
    m_to = makeDateEdit(this, today, "reviewTo");
    toLabel->setBuddy(m_to);
    m_show = new QPushButton(tr("&Show"), this);
    m_show->setObjectName(QStringLiteral("showReview"));
    m_show->setDefault(true);
    for (QWidget* w : {static_cast<QWidget*>(fromLabel), static_cast<QWidget*>(m_from),
                       static_cast<QWidget*>(toLabel), static_cast<QWidget*>(m_to),
                       static_cast<QWidget*>(m_show)})
        filters->addWidget(w);
    filters->addStretch(1);
    layout->addLayout(filters);
    auto* zone = new QLabel(tr("Days and times are in the database's time zone, %1. Both days "
                               "are included.")
                                .arg(workspace.calendar().zoneName()),
                            this);
    zone->setObjectName(QStringLiteral("timeZoneNote"));
    layout->addWidget(zone);
    m_settings = new QLabel(this);
    m_settings->setObjectName(QStringLiteral("reviewSettings"));
    m_settings->setWordWrap(true);
    layout->addWidget(m_settings);

    m_model = new AccessReviewModel(workspace.calendar().timeZone(), this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("reviewTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto* bottom = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    bottom->addWidget(m_summary, 1);
    m_export = new QPushButton(tr("&Export CSV…"), this);
    m_export->setObjectName(QStringLiteral("exportReview"));
    m_export->setEnabled(false);
    bottom->addWidget(m_export);
    layout->addLayout(bottom);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_show, &QPushButton::clicked, this, &AccessReviewDialog::reload);
    connect(m_export, &QPushButton::clicked, this, &AccessReviewDialog::askAndExport);
    reload();
}

void AccessReviewDialog::reload() {
    const std::int32_t first = domain::Calendar::dayFromDate(m_from->date());
    const std::int32_t last = domain::Calendar::dayFromDate(m_to->date());
    const int generation = ++m_generation;
    m_loading = true;
    m_export->setEnabled(false);
    m_summary->setText(tr("Loading…"));
    runOnWorker<domain::AccessReview>(
        this, m_workspace,
        [first, last](domain::Workspace& ws) {
            return domain::AccessReviewService(ws).review(first, last);
        },
        [this, generation](ReviewResult review) {
            if (generation == m_generation)
                showReview(std::move(review));
        });
}

void AccessReviewDialog::showReview(ReviewResult review) {
    m_loading = false;
    if (!review) {
        m_model->setDays({});
        m_settings->clear();
        m_summary->setText(qs(review.error().message));
        emit loaded();
        return;
    }
    const scoring::GovernanceSettings& s = review->settings;
    m_settings->setText(
        tr("Flagged: more than %1 reads by one user in a day (bulk); a read or attempt before "
           "%2:00 or from %3:00 on (out of hours); Saturdays and Sundays (weekend); refused "
           "attempts. Settings of scoring profile version %4.")
            .arg(s.bulkReadThreshold)
            .arg(s.workingDayStartHour)
            .arg(s.workingDayEndHour)
            .arg(review->profileVersion));
    const int days = static_cast<int>(review->days.size());
    m_summary->setText(tr("%Ln user-day(s)", nullptr, days) + QStringLiteral(", ") +
                       tr("%Ln read(s)", nullptr, static_cast<int>(review->totalReads())) +
                       QStringLiteral(", ") +
                       tr("%Ln flagged", nullptr, static_cast<int>(review->flaggedDays())));
    m_model->setDays(std::move(review->days));
    m_export->setEnabled(days > 0);
    emit loaded();
}

QString AccessReviewDialog::summaryText() const {
    return m_summary->text();
}

QString AccessReviewDialog::settingsText() const {
    return m_settings->text();
}

Status AccessReviewDialog::exportCsv(const QString& path) const {
    auto writer = domain::CsvWriter::create(ss(path), /*withBom=*/true);
    if (!writer)
        return writer.error();
    std::vector<std::string> row;
    for (int c = 0; c < AccessReviewModel::ColumnCount; ++c)
        row.push_back(ss(m_model->headerData(c, Qt::Horizontal).toString()));
    TESSERA_TRY((*writer)->writeRow(row));
    for (int r = 0; r < m_model->rowCount(); ++r) {
        row.clear();
        for (int c = 0; c < AccessReviewModel::ColumnCount; ++c)
            row.push_back(ss(m_model->text(m_model->day(r), c)));
        TESSERA_TRY((*writer)->writeRow(row));
    }
    return (*writer)->commit();
}

void AccessReviewDialog::askAndExport() {
    const QString name =
        QStringLiteral("access-review-%1-%2.csv")
            .arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Access Review"), QDir::home().filePath(name), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (Status saved = exportCsv(path); !saved)
        showError(this, tr("Export Access Review"), saved.error());
}

} // namespace tessera::app
