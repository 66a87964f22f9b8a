#include "app/scoring/CompareRunsDialog.h"

#include "app/common/ScoreText.h"
#include "app/common/Text.h"
#include "app/common/TierBadgeDelegate.h"
#include "domain/records/Vocabulary.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tessera::app {
namespace {

constexpr int kRunsShown = 100;

// Position in the tier order, best first (Diamond 0).
int tierRank(const std::string& tier) {
    const std::vector<domain::Term> tiers = domain::vocabulary::tiers();
    for (std::size_t i = 0; i < tiers.size(); ++i)
        if (tiers[i].key == tier)
            return static_cast<int>(i);
    return static_cast<int>(tiers.size());
}

} // namespace

CompareRunsDialog::CompareRunsDialog(DatabaseWorker& worker, QWidget* parent)
    : QDialog(parent), m_worker(worker) {
    setWindowTitle(tr("Compare Scoring Runs"));
    resize(900, 560);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_from = new QComboBox(this);
    m_from->setObjectName(QStringLiteral("fromRun"));
    m_to = new QComboBox(this);
    m_to->setObjectName(QStringLiteral("toRun"));
    form->addRow(tr("&From run:"), m_from);
    form->addRow(tr("&To run:"), m_to);
    layout->addLayout(form);
    m_summary = new QLabel(tr("Loading the scoring runs…"), this);
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_changes = new QTableWidget(0, ColumnCount, this);
    m_changes->setObjectName(QStringLiteral("tierChanges"));
    m_changes->setHorizontalHeaderLabels({tr("Code"), tr("Name"), tr("From tier"), tr("To tier"),
                                          tr("RFMS before"), tr("RFMS after"), tr("Change")});
    m_changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_changes->setAlternatingRowColors(true);
    m_changes->setWordWrap(false);
    m_changes->verticalHeader()->hide();
    m_changes->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_changes->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Interactive);
    m_changes->horizontalHeader()->resizeSection(NameColumn, 220);
    for (int column : {FromTierColumn, ToTierColumn})
        m_changes->setItemDelegateForColumn(column, new TierBadgeDelegate(m_changes));
    layout->addWidget(m_changes, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_changes, &QTableWidget::itemDoubleClicked, this, [this](QTableWidgetItem* item) {
        emit customerActivated(
            m_changes->item(item->row(), CodeColumn)->data(Qt::UserRole).toLongLong());
    });
    m_worker.post<RunsResult>(
        this, [](domain::Workspace& ws) { return domain::ScoringService(ws).runs(kRunsShown); },
        [this](RunsResult runs) { showRuns(runs); });
}

void CompareRunsDialog::showRuns(const RunsResult& runs) {
    if (!runs) {
        m_summary->setText(qs(runs.error().message));
        return emit runsLoaded();
    }
    for (QComboBox* combo : {m_from, m_to}) {
        const QSignalBlocker blocker(combo);
        for (const storage::ScoringRunRecord& run : *runs)
            combo->addItem(ScoreText::runLabel(run), QVariant::fromValue<qlonglong>(run.id));
    }
    if (runs->size() < 2) {
        m_summary->setText(tr("Comparing needs two scoring runs; there is %Ln so far.", nullptr,
                              static_cast<int>(runs->size())));
        return emit runsLoaded();
    }
    // Newest first: compare the one before the newest with the newest.
    m_from->setCurrentIndex(1);
    m_to->setCurrentIndex(0);
    for (QComboBox* combo : {m_from, m_to})
        connect(combo, qOverload<int>(&QComboBox::currentIndexChanged), this,
                &CompareRunsDialog::compare);
    emit runsLoaded();
    compare();
}

void CompareRunsDialog::compare() {
    const std::int64_t from = m_from->currentData().toLongLong();
    const std::int64_t to = m_to->currentData().toLongLong();
    const std::uint64_t generation = ++m_generation;
    m_summary->setText(tr("Comparing…"));
    m_worker.post<ChangesResult>(
        this,
        [from, to](domain::Workspace& ws) {
            return domain::ScoringService(ws).tierChanges(from, to);
        },
        [this, generation](ChangesResult changes) {
            if (generation == m_generation)
                showChanges(changes);
        });
}

void CompareRunsDialog::showChanges(const ChangesResult& changes) {
    m_changes->setRowCount(0);
    if (!changes) {
        m_summary->setText(qs(changes.error().message));
        return emit compared(0);
    }
    m_changes->setRowCount(static_cast<int>(changes->size()));
    int promoted = 0;
    for (int row = 0; row < static_cast<int>(changes->size()); ++row) {
        const storage::TierChangeRecord& change = (*changes)[static_cast<std::size_t>(row)];
        promoted += tierRank(change.toTier) < tierRank(change.fromTier);
        addRow(row, change);
    }
    const int demoted = static_cast<int>(changes->size()) - promoted;
    m_summary->setText(changes->empty()
                           ? tr("No customer you can see changed tier between these runs.")
                           : tr("%1 promoted, %2 demoted.").arg(promoted).arg(demoted));
    emit compared(static_cast<int>(changes->size()));
}

void CompareRunsDialog::addRow(int row, const storage::TierChangeRecord& change) {
    auto* code = new QTableWidgetItem(qs(change.code));
    code->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(change.customerId));
    const bool promoted = tierRank(change.toTier) < tierRank(change.fromTier);
    auto* direction = new QTableWidgetItem(promoted ? tr("▲ Promoted") : tr("▼ Demoted"));
    direction->setForeground(promoted ? QColor(0x2e, 0x7d, 0x4f) : QColor(0xb3, 0x26, 0x1e));
    m_changes->setItem(row, CodeColumn, code);
    m_changes->setItem(row, NameColumn, new QTableWidgetItem(qs(change.name)));
    m_changes->setItem(row, FromTierColumn, ScoreText::tierItem(change.fromTier));
    m_changes->setItem(row, ToTierColumn, ScoreText::tierItem(change.toTier));
    m_changes->setItem(row, FromRfmsColumn, ScoreText::pointsItem(change.fromRfms));
    m_changes->setItem(row, ToRfmsColumn, ScoreText::pointsItem(change.toRfms));
    m_changes->setItem(row, ChangeColumn, direction);
}

} // namespace tessera::app
