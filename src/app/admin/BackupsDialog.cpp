#include "app/admin/BackupsDialog.h"

#include "app/common/Text.h"
#include "app/jobs/WorkerJob.h"
#include "app/session/PasswordConfirmDialog.h"
#include "domain/rights/ErasureService.h"
#include "domain/workspace/AuditService.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tessera::app {
namespace {

using BackupsResult = Result<BackupsDialog::Listing>;

} // namespace

BackupsDialog::BackupsDialog(const domain::Workspace& workspace, QWidget* parent)
    : QDialog(parent), m_workspace(workspace) {
    setWindowTitle(tr("Backups"));
    resize(820, 460);
    auto* layout = new QVBoxLayout(this);
    auto* folder =
        new QLabel(tr("Backups folder: %1")
                       .arg(QDir::toNativeSeparators(
                           qs(domain::MaintenanceService::backupFolder(workspace.databasePath())))),
                   this);
    folder->setWordWrap(true);
    folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(folder);

    auto* middle = new QHBoxLayout;
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(ColumnCount);
    m_list->setUniformRowHeights(true);
    m_list->header()->setStretchLastSection(false);
    m_list->setHeaderLabels({tr("File"), tr("Made"), tr("Size"), tr("Erased Since")});
    m_list->headerItem()->setToolTip(
        ErasedColumn, tr("Persons erased since the backup was made whose personal data it still "
                         "holds, until retention deletes it"));
    m_list->header()->setSectionResizeMode(FileColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(MadeColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(SizeColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(ErasedColumn, QHeaderView::ResizeToContents);
    middle->addWidget(m_list, 1);
    auto* side = new QVBoxLayout;
    m_backUp = new QPushButton(tr("Back Up &Now"), this);
    m_backUpTo = new QPushButton(tr("Back Up &To…"), this);
    m_restore = new QPushButton(tr("&Restore…"), this);
    m_restore->setEnabled(false);
    m_check = new QPushButton(tr("&Check Database"), this);
    for (QPushButton* button : {m_backUp, m_backUpTo, m_restore, m_check})
        side->addWidget(button);
    side->addStretch(1);
    middle->addLayout(side);
    layout->addLayout(middle, 1);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("backupResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    layout->addWidget(m_result);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_backUp, &QPushButton::clicked, this, &BackupsDialog::backUpNow);
    connect(m_backUpTo, &QPushButton::clicked, this, &BackupsDialog::chooseDestination);
    connect(m_check, &QPushButton::clicked, this, &BackupsDialog::checkDatabase);
    connect(m_restore, &QPushButton::clicked, this, &BackupsDialog::restoreSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_restore->setEnabled(!m_busy && m_list->currentItem()); });
    refresh();
}

void BackupsDialog::refresh() {
    runOnWorker<Listing>(
        this, m_workspace,
        [](domain::Workspace& ws) -> BackupsResult {
            auto backups = domain::MaintenanceService(ws).backups();
            if (!backups)
                return backups.error();
            std::vector<std::string> paths;
            for (const auto& backup : *backups)
                paths.push_back(backup.path);
            auto held = domain::ErasureService(ws).backupsHolding(paths);
            if (!held)
                return held.error();
            return Listing{std::move(*backups), std::move(*held)};
        },
        [this](BackupsResult backups) { showBackups(backups); });
}

void BackupsDialog::showBackups(const BackupsResult& listing) {
    m_list->clear();
    if (!listing) {
        showResult(false, qs(listing.error().message));
        return emit listed();
    }
    const QLocale locale;
    for (std::size_t i = 0; i < listing->backups.size(); ++i) {
        const domain::BackupInfo& backup = listing->backups[i];
        const QString path = qs(backup.path);
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(FileColumn, QFileInfo(path).fileName());
        item->setSizeHint(FileColumn, QSize(0, fontMetrics().height() + 8));
        item->setToolTip(FileColumn, QDir::toNativeSeparators(path));
        item->setData(FileColumn, Qt::UserRole, path);
        item->setText(MadeColumn, m_workspace.calendar().wallClock(backup.modifiedAt));
        item->setText(SizeColumn, locale.formattedDataSize(backup.bytes));
        item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        const std::int64_t erased = listing->erasedHeld[i];
        item->setText(ErasedColumn, erased < 0 ? tr("unreadable") : locale.toString(erased));
        item->setTextAlignment(ErasedColumn, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_restore->setEnabled(false);
    emit listed();
}

void BackupsDialog::backUpNow() {
    backUp({});
}

void BackupsDialog::chooseDestination() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString stem = QFileInfo(qs(m_workspace.databasePath())).completeBaseName();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Back Up To"),
        QDir(folder).filePath(tr("%1-backup-%2.tessera")
                                  .arg(stem, domain::Calendar::isoDate(m_workspace.calendar().dayOf(
                                                 m_workspace.nowMs())))),
        tr("Tessera databases (*.tessera);;All files (*)"));
    if (!path.isEmpty())
        backUpTo(path);
}

void BackupsDialog::backUpTo(const QString& path) {
    backUp(ss(path));
}

void BackupsDialog::backUp(const std::string& destination) {
    if (m_busy)
        return;
    setBusy(true);
    startOnWorker<domain::BackupInfo>(
        this, m_workspace, tr("Back Up"),
        [destination](domain::Workspace& ws, const domain::JobControl&) {
            return domain::MaintenanceService(ws).backup(destination);
        },
        [this](Result<domain::BackupInfo> made) {
            setBusy(false);
            if (made) {
                showResult(true, tr("Backed up to %1 (%2).")
                                     .arg(QDir::toNativeSeparators(qs(made->path)),
                                          QLocale().formattedDataSize(made->bytes)));
                refresh();
            } else {
                showResult(false, qs(made.error().message));
            }
            emit finished(made.ok());
        });
}

void BackupsDialog::checkDatabase() {
    if (m_busy)
        return;
    setBusy(true);
    startOnWorker<domain::CheckReport>(
        this, m_workspace, tr("Check Database"),
        [](domain::Workspace& ws, const domain::JobControl&) {
            return domain::MaintenanceService(ws).check();
        },
        [this](Result<domain::CheckReport> report) {
            setBusy(false);
            const bool sound = report && report->ok();
            showResult(sound, report ? describe(*report) : qs(report.error().message));
            emit finished(sound);
        });
}

QString BackupsDialog::describe(const domain::CheckReport& report) {
    QStringList lines;
    if (report.problems.empty())
        lines << tr("The file's integrity and its foreign keys check out.");
    else
        lines << tr("The file has %Ln problem(s); the first: %1", nullptr,
                    static_cast<int>(report.problems.size()))
                     .arg(qs(report.problems.front()));
    lines << qs(domain::AuditService::describe(report.audit));
    return lines.join(QLatin1Char('\n'));
}

PasswordConfirmDialog* BackupsDialog::restoreSelected() {
    QTreeWidgetItem* item = m_list->currentItem();
    if (!item || m_busy)
        return nullptr;
    const QString path = item->data(FileColumn, Qt::UserRole).toString();
    auto* confirm = new PasswordConfirmDialog(
        m_workspace, tr("Restore From Backup"),
        tr("Restoring replaces everything in the database with the backup %1 made %2. The "
           "current state is saved to the backups folder first. Everyone signed in must sign in "
           "again afterwards.")
            .arg(item->text(FileColumn), item->text(MadeColumn)),
        tr("Restore"), this);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QDialog::accepted, this,
            [this, confirm, path] { emit restoreRequested(path, confirm->password()); });
    confirm->open();
    return confirm;
}

void BackupsDialog::showResult(bool ok, const QString& text) {
    m_result->setText(text);
    m_result->setStyleSheet(ok ? QStringLiteral("color: #1b5e20;")
                               : QStringLiteral("color: #b3261e; font-weight: bold;"));
    m_result->show();
}

void BackupsDialog::setBusy(bool busy) {
    m_busy = busy;
    for (QPushButton* button : {m_backUp, m_backUpTo, m_check})
        button->setEnabled(!busy);
    m_restore->setEnabled(!busy && m_list->currentItem());
}

QString BackupsDialog::resultText() const {
    return m_result->isHidden() ? QString() : m_result->text();
}

} // namespace tessera::app
