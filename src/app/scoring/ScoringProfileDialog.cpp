#include "app/scoring/ScoringProfileDialog.h"

#include "app/common/Text.h"
#include "app/scoring/ProfileSettingsEditor.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tessera::app {
namespace {

constexpr int kVersionsShown = 50; // the spec asks for at least the last 5

} // namespace

ScoringProfileDialog::ScoringProfileDialog(DatabaseWorker& worker, bool canEdit, QWidget* parent)
    : QDialog(parent), m_worker(worker), m_canEdit(canEdit) {
    setWindowTitle(tr("Scoring Profile"));
    resize(1240, 820);
    auto* layout = new QVBoxLayout(this);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);

    auto* history = new QGroupBox(tr("Versions"), splitter);
    auto* historyLayout = new QVBoxLayout(history);
    m_versions = new QTableWidget(0, ColumnCount, history);
    m_versions->setObjectName(QStringLiteral("profileVersions"));
    m_versions->setHorizontalHeaderLabels({tr("Version"), tr("Saved"), tr("By"), tr("Reason")});
    m_versions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_versions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_versions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_versions->setWordWrap(false);
    m_versions->verticalHeader()->hide();
    QHeaderView* header = m_versions->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch); // elided, full in the tooltip
    m_versions->setMinimumWidth(300);
    historyLayout->addWidget(m_versions);

    auto* settings = new QWidget(splitter);
    auto* settingsLayout = new QVBoxLayout(settings);
    settingsLayout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(settings);
    m_title->setObjectName(QStringLiteral("profileTitle"));
    m_title->setWordWrap(true);
    m_title->setStyleSheet(QStringLiteral("font-weight: 600;"));
    settingsLayout->addWidget(m_title);
    auto* scroll = new QScrollArea(settings);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_editor = new ProfileSettingsEditor;
    scroll->setWidget(m_editor);
    settingsLayout->addWidget(scroll, 1);
    m_problems = new QLabel(settings);
    m_problems->setObjectName(QStringLiteral("profileProblems"));
    m_problems->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::RichText);
    m_problems->hide();
    settingsLayout->addWidget(m_problems);
    splitter->addWidget(history);
    splitter->addWidget(settings);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({340, 900});
    layout->addWidget(splitter, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_revert = buttons->addButton(tr("&Revert Changes"), QDialogButtonBox::ResetRole);
    m_save = buttons->addButton(tr("&Save as New Version…"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("saveProfile"));
    m_save->setVisible(m_canEdit);
    m_revert->setVisible(m_canEdit);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &ScoringProfileDialog::save);
    connect(m_revert, &QPushButton::clicked, this, &ScoringProfileDialog::showSelected);
    connect(m_versions, &QTableWidget::itemSelectionChanged, this,
            &ScoringProfileDialog::showSelected);
    connect(m_editor, &ProfileSettingsEditor::edited, this, [this] { m_problems->hide(); });
    load(0);
}

void ScoringProfileDialog::load(std::int64_t select) {
    m_worker.post<VersionsResult>(
        this,
        [](domain::Workspace& ws) { return domain::ProfileService(ws).history(kVersionsShown); },
        [this, select](VersionsResult versions) { showVersions(versions, select); });
}

void ScoringProfileDialog::showVersions(const VersionsResult& versions, std::int64_t select) {
    if (!versions) {
        m_problems->setText(qs(versions.error().message).toHtmlEscaped());
        m_problems->show();
        return;
    }
    m_loaded = *versions;
    const QSignalBlocker blocker(m_versions);
    m_versions->setRowCount(static_cast<int>(m_loaded.size()));
    for (int row = 0; row < static_cast<int>(m_loaded.size()); ++row) {
        const domain::ProfileVersion& v = m_loaded[static_cast<std::size_t>(row)];
        const QString saved =
            m_worker.calendar().wallClock(v.createdAt, QStringLiteral("yyyy-MM-dd HH:mm"));
        const QStringList cells = {QString::number(v.version), saved, qs(v.author), qs(v.reason)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setToolTip(cells[column]);
            m_versions->setItem(row, column, item);
        }
    }
    if (select != 0)
        selectVersion(select);
    if (m_versions->currentRow() < 0 && !m_loaded.empty())
        m_versions->selectRow(0);
    showSelected();
    emit versionsLoaded();
}

void ScoringProfileDialog::selectVersion(std::int64_t version) {
    for (std::size_t row = 0; row < m_loaded.size(); ++row)
        if (m_loaded[row].version == version)
            m_versions->selectRow(static_cast<int>(row));
}

std::int64_t ScoringProfileDialog::shownVersion() const {
    const int row = m_versions->currentRow();
    return row < 0 || row >= static_cast<int>(m_loaded.size())
               ? 0
               : m_loaded[static_cast<std::size_t>(row)].version;
}

void ScoringProfileDialog::showSelected() {
    const int row = m_versions->currentRow();
    if (row < 0 || row >= static_cast<int>(m_loaded.size()))
        return;
    const domain::ProfileVersion& v = m_loaded[static_cast<std::size_t>(row)];
    const bool newest = row == 0;
    const bool editable = m_canEdit && newest;
    m_editor->setParameters(v.parameters);
    m_editor->setReadOnly(!editable); // after the values: new rows must be read only too
    m_save->setEnabled(editable);
    m_revert->setEnabled(editable);
    m_problems->hide();
    if (editable)
        m_title->setText(tr("Version %1, the current profile. Saving your changes makes "
                            "version %2.")
                             .arg(v.version)
                             .arg(v.version + 1));
    else if (newest)
        m_title->setText(tr("Version %1, the current profile (read only: your role may not "
                            "change it).")
                             .arg(v.version));
    else
        m_title->setText(
            tr("Version %1, saved %2 by %3 (read only). Reason: %4")
                .arg(v.version)
                .arg(m_versions->item(row, SavedColumn)->text(), qs(v.author), qs(v.reason)));
}

void ScoringProfileDialog::save() {
    const std::vector<std::string> problems = m_editor->parameters().validate();
    if (!problems.empty()) {
        QStringList all;
        for (const std::string& problem : problems)
            all << qs(problem);
        return showProblems(all);
    }
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Save Scoring Profile"),
        tr("Why does the profile change? The reason is kept with the new version."),
        QLineEdit::Normal, QString(), &ok);
    if (ok)
        saveWithReason(reason);
}

void ScoringProfileDialog::saveWithReason(const QString& reason) {
    m_save->setEnabled(false);
    m_worker.post<Result<domain::ProfileVersion>>(
        this,
        [parameters = m_editor->parameters(), text = ss(reason.trimmed())](domain::Workspace& ws) {
            return domain::ProfileService(ws).save(parameters, text);
        },
        [this](Result<domain::ProfileVersion> result) { finishSave(result); });
}

void ScoringProfileDialog::finishSave(const Result<domain::ProfileVersion>& result) {
    if (!result) {
        m_save->setEnabled(true);
        showProblems({qs(result.error().message)});
        emit saveFailed(qs(result.error().message));
        return;
    }
    load(result->version);
    emit saved(result->version);
}

void ScoringProfileDialog::showProblems(const QStringList& problems) {
    QString html = tr("The profile was not saved:");
    html += QStringLiteral("<ul style=\"margin-top: 2px;\">");
    for (const QString& problem : problems)
        html += QStringLiteral("<li>%1</li>").arg(problem.toHtmlEscaped());
    m_problems->setText(html + QStringLiteral("</ul>"));
    m_problems->show();
}

QString ScoringProfileDialog::problemText() const {
    return m_problems->isHidden() ? QString() : m_problems->text();
}

} // namespace tessera::app
