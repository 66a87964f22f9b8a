#include "app/admin/AuditLogDialog.h"

#include "app/common/Text.h"
#include "app/jobs/WorkerJob.h"
#include "domain/customers/CustomerService.h"
#include "domain/workspace/AuditService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <set>

namespace tessera::app {
namespace {

using RowsResult = Result<std::vector<storage::AuditRecord>>;
using UsersResult = Result<std::vector<domain::UserSummary>>;
using VerifyResult = Result<storage::AuditVerification>;

QDateEdit* makeDateEdit(QWidget* parent, const QDate& date) {
    auto* edit = new QDateEdit(date, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setEnabled(false);
    return edit;
}

} // namespace

AuditLogDialog::AuditLogDialog(const domain::Workspace& workspace, QWidget* parent)
    : QDialog(parent), m_workspace(workspace) {
    setWindowTitle(tr("Audit Log"));
    resize(1100, 640);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(makeFilterBar());

    m_model = new AuditLogModel(workspace.calendar().timeZone(), this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(AuditLogModel::DetailColumn,
                                                      QHeaderView::Stretch);
    const std::pair<int, int> widths[] = {{AuditLogModel::TimeColumn, 150},
                                          {AuditLogModel::UserColumn, 110},
                                          {AuditLogModel::ActionColumn, 170},
                                          {AuditLogModel::ObjectColumn, 200},
                                          {AuditLogModel::OutcomeColumn, 80}};
    for (auto [column, width] : widths)
        m_table->horizontalHeader()->resizeSection(column, width);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    layout->addWidget(m_table, 1);

    auto* bottom = new QHBoxLayout;
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("auditCount"));
    bottom->addWidget(m_count);
    m_more = new QPushButton(tr("Load &More"), this);
    m_more->setObjectName(QStringLiteral("loadMore"));
    m_more->setEnabled(false);
    bottom->addWidget(m_more);
    bottom->addStretch(1);
    layout->addLayout(bottom);
    m_verification = new QLabel(this);
    m_verification->setObjectName(QStringLiteral("verificationResult"));
    m_verification->setWordWrap(true);
    m_verification->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verification->hide();
    layout->addWidget(m_verification);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_more, &QPushButton::clicked, this, &AuditLogDialog::loadMore);
    loadUsers();
    reload();
}

QLayout* AuditLogDialog::makeFilterBar() {
    auto* grid = new QGridLayout;
    m_user = new QComboBox(this);
    m_user->setObjectName(QStringLiteral("userFilter"));
    m_user->addItem(tr("All users"), QVariant());
    m_user->setMinimumContentsLength(14);
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("actionFilter"));
    m_action->setEditable(true);
    m_action->addItem(QString());
    m_action->lineEdit()->setPlaceholderText(tr("All actions"));
    m_action->setMinimumContentsLength(18);
    m_customer = new QLineEdit(this);
    m_customer->setObjectName(QStringLiteral("customerFilter"));
    m_customer->setPlaceholderText(tr("Any"));
    m_customer->setClearButtonEnabled(true);
    // Audit rows are dated in the database's zone, so "today" is its today.
    const QDate today =
        domain::Calendar::dateFromDay(m_workspace.calendar().dayOf(m_workspace.nowMs()));
    m_fromOn = new QCheckBox(tr("&From:"), this);
    m_from = makeDateEdit(this, today.addDays(-30));
    m_toOn = new QCheckBox(tr("&To:"), this);
    m_to = makeDateEdit(this, today);
    auto* apply = new QPushButton(tr("&Show"), this);
    apply->setObjectName(QStringLiteral("applyFilter"));
    apply->setDefault(true);
    m_verify = new QPushButton(tr("&Verify Chain"), this);
    m_verify->setObjectName(QStringLiteral("verifyChain"));

    grid->addWidget(new QLabel(tr("&User:"), this), 0, 0);
    grid->addWidget(m_user, 0, 1);
    grid->addWidget(new QLabel(tr("&Action:"), this), 0, 2);
    grid->addWidget(m_action, 0, 3);
    grid->addWidget(new QLabel(tr("&Customer code:"), this), 0, 4);
    grid->addWidget(m_customer, 0, 5);
    grid->addWidget(m_fromOn, 1, 0);
    grid->addWidget(m_from, 1, 1);
    grid->addWidget(m_toOn, 1, 2);
    grid->addWidget(m_to, 1, 3);
    auto* actions = new QHBoxLayout;
    actions->addWidget(apply);
    actions->addStretch(1);
    actions->addWidget(m_verify);
    grid->addLayout(actions, 1, 4, 1, 2);
    auto* zone = new QLabel(tr("Dates and times are in the database's time zone, %1.")
                                .arg(m_workspace.calendar().zoneName()),
                            this);
    zone->setObjectName(QStringLiteral("timeZoneNote"));
    grid->addWidget(zone, 2, 0, 1, 6);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->setColumnStretch(5, 1);
    for (auto [label, buddy] :
         {std::pair<int, QWidget*>{0, m_user}, {2, m_action}, {4, m_customer}})
        qobject_cast<QLabel*>(grid->itemAtPosition(0, label)->widget())->setBuddy(buddy);

    connect(m_fromOn, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toOn, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(apply, &QPushButton::clicked, this, &AuditLogDialog::reload);
    connect(m_user, qOverload<int>(&QComboBox::activated), this, &AuditLogDialog::reload);
    connect(m_action, qOverload<int>(&QComboBox::activated), this, &AuditLogDialog::reload);
    connect(m_customer, &QLineEdit::returnPressed, this, &AuditLogDialog::reload);
    connect(m_verify, &QPushButton::clicked, this, &AuditLogDialog::verifyChain);
    return grid;
}

storage::AuditFilter AuditLogDialog::filter() const {
    storage::AuditFilter f;
    f.limit = kPageSize;
    if (const QVariant user = m_user->currentData(); user.isValid())
        f.userId = user.toLongLong();
    f.action = ss(m_action->currentText().trimmed());
    const domain::Calendar& calendar = m_workspace.calendar();
    if (m_fromOn->isChecked())
        f.from = calendar.startOfDayMs(domain::Calendar::dayFromDate(m_from->date()));
    if (m_toOn->isChecked()) // through the end of that day
        f.to = calendar.startOfDayMs(domain::Calendar::dayFromDate(m_to->date()) + 1);
    return f;
}

void AuditLogDialog::loadUsers() {
    runOnWorker<std::vector<domain::UserSummary>>(
        this, m_workspace, [](domain::Workspace& ws) { return domain::UserService(ws).list(); },
        [this](UsersResult users) {
            if (!users)
                return; // the filter then offers all users only
            for (const domain::UserSummary& user : *users)
                m_user->addItem(qs(user.username), QVariant::fromValue<qlonglong>(user.id));
        });
}

void AuditLogDialog::reload() {
    load(false);
}

void AuditLogDialog::loadMore() {
    load(true);
}

void AuditLogDialog::load(bool append) {
    storage::AuditFilter f = filter();
    if (append)
        f.beforeId = m_model->oldestId();
    const int generation = ++m_generation;
    m_loading = true;
    m_more->setEnabled(false);
    m_count->setText(tr("Loading…"));
    runOnWorker<std::vector<storage::AuditRecord>>(
        this, m_workspace,
        [f, code = ss(m_customer->text().trimmed())](domain::Workspace& ws) mutable -> RowsResult {
            // Rows name customers by id; people know them by code.
            if (!code.empty()) {
                auto id = domain::CustomerService(ws).idForCode(code);
                if (!id)
                    return id.error();
                f.objectType = "customer";
                f.objectId = std::to_string(*id);
            }
            return domain::AuditService(ws).list(f);
        },
        [this, generation, append](RowsResult rows) {
            if (generation == m_generation)
                showRows(std::move(rows), append);
        });
}

void AuditLogDialog::showRows(RowsResult rows, bool append) {
    m_loading = false;
    if (!rows) {
        if (!append) // the rows shown no longer match the filter
            m_model->setRows({});
        m_count->setText(qs(rows.error().message));
        emit loaded();
        return;
    }
    const bool full = static_cast<int>(rows->size()) == kPageSize;
    noteActions(*rows);
    if (append)
        m_model->appendRows(*rows);
    else
        m_model->setRows(std::move(*rows));
    m_more->setEnabled(full); // a full page may have more behind it
    updateCount();
    emit loaded();
}

void AuditLogDialog::noteActions(const std::vector<storage::AuditRecord>& rows) {
    // The action filter offers the actions seen so far, in order.
    std::set<QString> actions;
    for (int i = 1; i < m_action->count(); ++i)
        actions.insert(m_action->itemText(i));
    for (const storage::AuditRecord& r : rows)
        actions.insert(qs(r.action));
    const QString current = m_action->currentText();
    m_action->blockSignals(true);
    while (m_action->count() > 1)
        m_action->removeItem(1);
    for (const QString& action : actions)
        m_action->addItem(action);
    m_action->setCurrentText(current);
    m_action->blockSignals(false);
}

void AuditLogDialog::updateCount() {
    const int shown = m_model->rowCount();
    m_count->setText(m_more->isEnabled()
                         ? tr("Newest %Ln row(s) shown; more are older.", nullptr, shown)
                         : tr("%Ln row(s) shown.", nullptr, shown));
}

void AuditLogDialog::verifyChain() {
    if (m_verifying)
        return;
    m_verifying = true;
    m_verify->setEnabled(false);
    m_verification->setStyleSheet({});
    m_verification->setText(tr("Verifying the audit chain…"));
    m_verification->show();
    runOnWorker<storage::AuditVerification>(
        this, m_workspace, [](domain::Workspace& ws) { return domain::AuditService(ws).verify(); },
        [this](VerifyResult result) { showVerification(result); });
}

void AuditLogDialog::showVerification(const VerifyResult& result) {
    m_verifying = false;
    m_verify->setEnabled(true);
    const bool intact = result && result->intact;
    m_verification->setText(result ? qs(domain::AuditService::describe(*result))
                                   : qs(result.error().message));
    m_verification->setStyleSheet(intact ? QStringLiteral("color: #1b5e20; font-weight: bold;")
                                         : QStringLiteral("color: #b3261e; font-weight: bold;"));
    if (result && result->brokenRow) {
        // Point at the broken row when it is among those shown.
        if (const int row = m_model->rowOfId(*result->brokenRow); row >= 0)
            m_table->selectRow(row);
    }
    emit verified();
}

QString AuditLogDialog::verificationText() const {
    return m_verification->isHidden() ? QString() : m_verification->text();
}

} // namespace tessera::app
