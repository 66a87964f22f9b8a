#include "app/portfolio/PortfolioView.h"

#include "app/common/AppResources.h"
#include "app/common/Text.h"
#include "app/common/TierBadgeDelegate.h"
#include "domain/warnings/WarningKind.h"
#include "domain/workspace/AccessPolicy.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace tessera::app {
namespace {

// Item data of the owner filter's first two entries.
constexpr qlonglong kAllOwners = -1;
constexpr qlonglong kUnassigned = -2;

} // namespace

struct PortfolioView::Choices {
    Result<std::vector<domain::OwnerChoice>> owners;
    Result<std::vector<std::string>> tags;
    bool seesUnassigned = false;
};

PortfolioView::PortfolioView(PortfolioModel& model, DatabaseWorker& listsWorker, QWidget* parent)
    : QWidget(parent), m_model(model), m_listsWorker(listsWorker) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto* bar = new QWidget(this);
    buildFilterBar(bar);
    layout->addWidget(bar);
    buildTable();
    layout->addWidget(m_table, 1);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &PortfolioView::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(&m_model, &PortfolioModel::loadingChanged, this, &PortfolioView::updateStatus);
    connect(&m_model, &PortfolioModel::modelAboutToBeReset, this, [this] {
        // A query resets the model twice (first screen, then all): keep the
        // selection from before the first reset.
        if (m_selectedBeforeReset == 0)
            m_selectedBeforeReset = currentCustomerId();
    });
    connect(&m_model, &PortfolioModel::loaded, this, [this] {
        updateStatus();
        restoreSelection();
    });
    connect(&m_model, &PortfolioModel::failed, this, [this](const QString& message) {
        m_status->setText(message);
        m_status->setToolTip(message);
    });
    reloadChoices();
    applyFilter();
}

void PortfolioView::buildFilterBar(QWidget* bar) {
    auto* rows = new QVBoxLayout(bar);
    rows->setContentsMargins(8, 8, 8, 4);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("portfolioSearch"));
    m_search->setPlaceholderText(tr("Search customers…"));
    m_search->setToolTip(tr("Part of a name, code or contact name; or a whole phone number or "
                            "email address"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(appIcon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(220);
    m_owner = new QComboBox(bar);
    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    m_tag = new QComboBox(bar);
    m_tag->setObjectName(QStringLiteral("tagFilter"));
    m_lifecycle = addTermFilter(bar, QStringLiteral("lifecycleFilter"), tr("All stages"),
                                domain::vocabulary::lifecycleStages());
    m_loyalty = addTermFilter(bar, QStringLiteral("loyaltyFilter"), tr("All loyalty stages"),
                              domain::vocabulary::loyaltyStages());
    m_loyalty->setToolTip(tr("Loyalty-ladder stage (health: see the warning filter)"));
    m_tier = addTermFilter(bar, QStringLiteral("tierFilter"), tr("All tiers"),
                           domain::vocabulary::tiers());
    m_segment = addTermFilter(bar, QStringLiteral("segmentFilter"), tr("All segments"),
                              domain::vocabulary::rfmSegments());
    m_warning = addTermFilter(bar, QStringLiteral("warningFilter"), tr("Any or no warning"),
                              warningTerms());
    m_warning->setToolTip(tr("Customers with an open warning today (View > Warnings)"));
    m_tier->setToolTip(tr("Tier in the newest scoring run"));
    m_segment->setToolTip(tr("RFM segment in the newest scoring run"));
    m_archived = new QCheckBox(tr("Show archived"), bar);
    m_archived->setObjectName(QStringLiteral("archivedFilter"));
    m_status = new QLabel(bar);
    m_status->setObjectName(QStringLiteral("portfolioStatus"));
    m_status->setMinimumWidth(90);
    m_status->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    // Two rows: the search and the count above, the choices below, so the bar
    // stays narrow enough for the 360 view beside it.
    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_status);
    auto* choices = new QHBoxLayout;
    for (QComboBox* combo :
         {m_owner, m_tag, m_lifecycle, m_loyalty, m_tier, m_segment, m_warning}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
        choices->addWidget(combo);
        connect(combo, qOverload<int>(&QComboBox::currentIndexChanged), this,
                &PortfolioView::applyFilter);
    }
    m_warning->setMinimumContentsLength(16); // "Any or no warning" reads as a whole
    choices->addWidget(m_archived);
    choices->addStretch(1);
    rows->addLayout(top);
    rows->addLayout(choices);

    connect(m_archived, &QCheckBox::toggled, this, &PortfolioView::applyFilter);
}

// The warning filter's choices: any warning, then each kind.
std::vector<domain::Term> PortfolioView::warningTerms() {
    std::vector<domain::Term> terms = {{"any", tr("Any warning")}};
    for (domain::WarningKind kind : domain::kAllWarningKinds)
        terms.push_back({domain::warningKindKey(kind), domain::warningKindLabel(kind)});
    return terms;
}

QComboBox* PortfolioView::addTermFilter(QWidget* bar, const QString& name, const QString& all,
                                        const std::vector<domain::Term>& terms) {
    auto* combo = new QComboBox(bar);
    combo->setObjectName(name);
    combo->addItem(all);
    for (const domain::Term& term : terms)
        combo->addItem(term.label, qs(term.key));
    return combo;
}

void PortfolioView::buildTable() {
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("portfolioTable"));
    m_table->setModel(&m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setIconSize(QSize(16, 16));
    // A million rows: fixed row heights keep the header from measuring each one.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->verticalHeader()->hide();
    QHeaderView* header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    const int widths[] = {110, 220, 90,  130, 80,  64,  64, 90, 72,
                          80,  130, 110, 130, 100, 100, 64, 80, 160};
    static_assert(std::size(widths) == PortfolioModel::ColumnCount);
    for (int column = 0; column < PortfolioModel::ColumnCount; ++column)
        header->resizeSection(column, widths[column]);
    m_table->setItemDelegateForColumn(PortfolioModel::TierColumn, new TierBadgeDelegate(m_table));
    m_table->setSortingEnabled(true);
    header->setSortIndicator(PortfolioModel::NameColumn, Qt::AscendingOrder);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &PortfolioView::keepSortIndicator);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                emit currentCustomerChanged(m_model.customerId(current.row()));
            });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit customerActivated(m_model.customerId(index.row()));
    });
}

void PortfolioView::keepSortIndicator(int column, Qt::SortOrder) {
    // Tags have no order: put the indicator back on the column in use.
    if (PortfolioModel::sortForColumn(column))
        return;
    const domain::PortfolioFilter& filter = m_model.filter();
    for (int c = 0; c < PortfolioModel::ColumnCount; ++c)
        if (PortfolioModel::sortForColumn(c) == filter.sort) {
            const QSignalBlocker blocker(m_table->horizontalHeader());
            m_table->horizontalHeader()->setSortIndicator(
                c, filter.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        }
}

domain::PortfolioFilter PortfolioView::currentFilter() const {
    domain::PortfolioFilter filter;
    filter.search = ss(m_search->text());
    const qlonglong owner = m_owner->currentData().toLongLong();
    if (owner == kUnassigned)
        filter.unassignedOnly = true;
    else if (owner > 0)
        filter.ownerId = owner;
    if (m_tag->currentIndex() > 0)
        filter.tag = ss(m_tag->currentText());
    filter.lifecycle = ss(m_lifecycle->currentData().toString());
    filter.loyalty = ss(m_loyalty->currentData().toString());
    filter.tier = ss(m_tier->currentData().toString());
    filter.segment = ss(m_segment->currentData().toString());
    filter.warning = ss(m_warning->currentData().toString());
    filter.includeArchived = m_archived->isChecked();
    filter.sort = m_model.filter().sort;
    filter.descending = m_model.filter().descending;
    return filter;
}

void PortfolioView::applyFilter() {
    m_searchTimer->stop();
    m_model.setFilter(currentFilter());
}

void PortfolioView::updateStatus() {
    m_status->setToolTip(QString());
    if (m_model.isLoading()) {
        m_status->setText(tr("Loading…"));
        return;
    }
    m_status->setText(tr("%Ln customer(s)", nullptr, m_model.rowCount()));
}

std::int64_t PortfolioView::currentCustomerId() const {
    return m_model.customerId(m_table->currentIndex().row());
}

void PortfolioView::selectCustomer(std::int64_t customerId) {
    const int row = m_model.rowOf(customerId);
    if (row < 0) {
        m_table->clearSelection();
        m_table->setCurrentIndex({});
        return;
    }
    const QModelIndex index = m_model.index(row, PortfolioModel::NameColumn);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

void PortfolioView::restoreSelection() {
    const std::int64_t wanted = m_pendingSelection ? m_pendingSelection : m_selectedBeforeReset;
    m_selectedBeforeReset = m_pendingSelection = 0;
    if (wanted != 0)
        selectCustomer(wanted);
    emit currentCustomerChanged(currentCustomerId());
}

void PortfolioView::reloadChoices() {
    m_listsWorker.post<std::shared_ptr<Choices>>(
        this,
        [](domain::Workspace& ws) {
            domain::CustomerService service(ws);
            return std::make_shared<Choices>(
                Choices{service.visibleOwners(), service.tags(),
                        !domain::AccessPolicy::visibleOwners(ws.session()).has_value()});
        },
        [this](std::shared_ptr<Choices> choices) { applyChoices(*choices); });
}

void PortfolioView::applyChoices(const Choices& choices) {
    // Keep what the user picked; rebuilding the lists must not re-run the query.
    const QSignalBlocker ownerBlocker(m_owner);
    const QSignalBlocker tagBlocker(m_tag);
    const QVariant owner = m_owner->currentData();
    const QString tag = m_tag->currentIndex() > 0 ? m_tag->currentText() : QString();
    m_owner->clear();
    m_owner->addItem(tr("All owners"), kAllOwners);
    if (choices.seesUnassigned)
        m_owner->addItem(tr("Unassigned"), kUnassigned);
    if (choices.owners)
        for (const domain::OwnerChoice& o : *choices.owners)
            m_owner->addItem(qs(o.displayName), QVariant::fromValue<qlonglong>(o.id));
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(owner)));
    m_tag->clear();
    m_tag->addItem(tr("All tags"));
    if (choices.tags)
        for (const std::string& t : *choices.tags)
            m_tag->addItem(qs(t));
    m_tag->setCurrentIndex(tag.isEmpty() ? 0 : std::max(0, m_tag->findText(tag)));
    emit choicesLoaded();
}

} // namespace tessera::app
