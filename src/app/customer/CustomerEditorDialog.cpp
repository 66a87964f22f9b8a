#include "app/customer/CustomerEditorDialog.h"

#include "app/common/Text.h"
#include "domain/records/CustomerRules.h"
#include "domain/records/Vocabulary.h"
#include "domain/workspace/AccessPolicy.h"
#include "ui_CustomerEditorDialog.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QPushButton>

namespace tessera::app {
namespace {

enum ContactColumn { ContactName, ContactRole, ContactPhone, ContactEmail, ContactPrimary };

void fillTerms(QComboBox* combo, const std::vector<domain::Term>& terms) {
    for (const domain::Term& term : terms)
        combo->addItem(term.label, qs(term.key));
}

QString cellText(const QTableWidget* table, int row, int column) {
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

CustomerEditorDialog::CustomerEditorDialog(domain::Workspace& workspace, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_ui(std::make_unique<Ui::CustomerEditorDialog>()) {
    m_ui->setupUi(this);
    setWindowTitle(tr("New Customer"));
    m_errorLabels = {{"code", m_ui->codeError},
                     {"name", m_ui->nameError},
                     {"kind", m_ui->kindError},
                     {"owner", m_ui->ownerError},
                     {"lifecycle", m_ui->lifecycleError},
                     {"risk", m_ui->riskError},
                     {"tags", m_ui->tagsError},
                     {"phone", m_ui->phoneError},
                     {"email", m_ui->emailError},
                     {"id_number", m_ui->id_numberError},
                     {"consent_channels", m_ui->consent_channelsError},
                     {"contact_frequency", m_ui->contact_frequencyError},
                     {"contacts", m_ui->contactsError}};
    fillChoices();
    fillOwners();
    m_ui->contactsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->contactsTable->horizontalHeader()->setSectionResizeMode(ContactPrimary,
                                                                  QHeaderView::ResizeToContents);
    m_ui->contactsTable->verticalHeader()->hide();
    connect(m_ui->addContactButton, &QPushButton::clicked, this, [this] {
        addContactRow({});
        m_ui->contactsTable->editItem(
            m_ui->contactsTable->item(m_ui->contactsTable->rowCount() - 1, ContactName));
    });
    connect(m_ui->removeContactButton, &QPushButton::clicked, this,
            [this] { m_ui->contactsTable->removeRow(m_ui->contactsTable->currentRow()); });
    connectRevalidation();
    m_ui->codeEdit->setFocus();
}

CustomerEditorDialog::~CustomerEditorDialog() = default;

void CustomerEditorDialog::fillChoices() {
    namespace vocab = domain::vocabulary;
    fillTerms(m_ui->kindCombo, vocab::customerKinds());
    m_ui->channelCombo->addItem(tr("Not recorded"), QString());
    fillTerms(m_ui->channelCombo, vocab::channels());
    fillTerms(m_ui->lifecycleCombo, vocab::lifecycleStages());
    fillTerms(m_ui->riskCombo, vocab::riskLevels());
    fillTerms(m_ui->frequencyCombo, vocab::contactFrequencies());
    selectData(m_ui->frequencyCombo, QStringLiteral("monthly"));
    int slot = 0;
    for (const domain::Term& channel : vocab::channels()) {
        auto* check = new QCheckBox(channel.label, m_ui->consentBox);
        m_ui->consentLayout->addWidget(check, slot / 4, slot % 4);
        m_consentChecks[channel.key] = check;
        ++slot;
    }
}

void CustomerEditorDialog::fillOwners() {
    // Only those who may reassign choose an owner; an account manager's new
    // customers are theirs (the domain sees to it).
    m_choosesOwner =
        domain::AccessPolicy::check(m_workspace.session(), domain::Action::ReassignCustomer).ok();
    if (!m_choosesOwner) {
        // (Showing the row again would also show its hidden error label.)
        m_ui->identityForm->setRowVisible(m_ui->ownerComboBox, false);
        return;
    }
    m_ui->ownerCombo->addItem(tr("Unassigned"), QVariant());
    auto owners = domain::CustomerService(m_workspace).assignableOwners();
    if (!owners)
        return showError(qs(owners.error().message));
    for (const domain::OwnerChoice& owner : *owners)
        m_ui->ownerCombo->addItem(qs(owner.displayName), QVariant::fromValue<qlonglong>(owner.id));
}

void CustomerEditorDialog::connectRevalidation() {
    auto revalidate = [this] {
        if (m_validated)
            showProblems();
    };
    auto identityChanged = [this, revalidate] {
        m_duplicatesAcknowledged = false; // a changed name, phone or email needs a new check
        revalidate();
    };
    for (QLineEdit* edit : {m_ui->codeEdit, m_ui->tagsEdit, m_ui->idNumberEdit})
        connect(edit, &QLineEdit::textChanged, this, revalidate);
    for (QLineEdit* edit : {m_ui->nameEdit, m_ui->phoneEdit, m_ui->emailEdit})
        connect(edit, &QLineEdit::textChanged, this, identityChanged);
    connect(m_ui->contactsTable, &QTableWidget::itemChanged, this, revalidate);
    for (const auto& [key, check] : m_consentChecks)
        connect(check, &QCheckBox::toggled, this, revalidate);
}

void CustomerEditorDialog::selectData(QComboBox* combo, const QString& key) {
    int index = combo->findData(key);
    if (index < 0 && !key.isEmpty()) {
        combo->addItem(key, key); // a value from an import outside the usual list
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(std::max(0, index));
}

void CustomerEditorDialog::setRecord(const storage::CustomerRecord& r) {
    m_original = r;
    setWindowTitle(tr("Edit Customer %1").arg(qs(r.code)));
    m_ui->codeEdit->setText(qs(r.code));
    m_ui->nameEdit->setText(qs(r.name));
    selectData(m_ui->kindCombo, qs(r.kind));
    m_ui->industryEdit->setText(qs(r.industry));
    m_ui->regionEdit->setText(qs(r.region));
    selectData(m_ui->channelCombo, qs(r.channel));
    const int owner =
        r.ownerId ? m_ui->ownerCombo->findData(QVariant::fromValue<qlonglong>(*r.ownerId)) : 0;
    m_ui->ownerCombo->setCurrentIndex(std::max(0, owner));
    selectData(m_ui->lifecycleCombo, qs(r.lifecycle));
    selectData(m_ui->riskCombo, qs(r.risk));
    QStringList tags;
    for (const std::string& tag : r.tags)
        tags << qs(tag);
    m_ui->tagsEdit->setText(tags.join(QStringLiteral(", ")));
    m_ui->phoneEdit->setText(qs(r.phone));
    m_ui->emailEdit->setText(qs(r.email));
    m_ui->idNumberEdit->setText(qs(r.idNumber));
    m_ui->addressEdit->setText(qs(r.address));
    m_ui->notesEdit->setPlainText(qs(r.notes));
    for (const std::string& channel : domain::CustomerRules::parseTags(r.consentChannels))
        if (auto it = m_consentChecks.find(channel); it != m_consentChecks.end())
            it->second->setChecked(true);
    selectData(m_ui->frequencyCombo, qs(r.contactFrequency));
    m_ui->unsubscribedCheck->setChecked(r.unsubscribed);
    m_ui->contactsTable->setRowCount(0);
    for (const storage::ContactRecord& contact : r.contacts)
        addContactRow(contact);
}

void CustomerEditorDialog::addContactRow(const storage::ContactRecord& contact) {
    QTableWidget* table = m_ui->contactsTable;
    const QSignalBlocker blocker(table);
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, ContactName, new QTableWidgetItem(qs(contact.name)));
    table->setItem(row, ContactRole, new QTableWidgetItem(qs(contact.role)));
    table->setItem(row, ContactPhone, new QTableWidgetItem(qs(contact.phone)));
    table->setItem(row, ContactEmail, new QTableWidgetItem(qs(contact.email)));
    auto* primary = new QTableWidgetItem;
    primary->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    primary->setCheckState(contact.isPrimary ? Qt::Checked : Qt::Unchecked);
    table->setItem(row, ContactPrimary, primary);
}

std::vector<storage::ContactRecord> CustomerEditorDialog::contactsFromTable() const {
    std::vector<storage::ContactRecord> contacts;
    const QTableWidget* table = m_ui->contactsTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        storage::ContactRecord contact;
        contact.customerId = m_original.id;
        contact.name = ss(cellText(table, row, ContactName));
        contact.role = ss(cellText(table, row, ContactRole));
        contact.phone = optionalText(cellText(table, row, ContactPhone));
        contact.email = optionalText(cellText(table, row, ContactEmail));
        const QTableWidgetItem* primary = table->item(row, ContactPrimary);
        contact.isPrimary = primary && primary->checkState() == Qt::Checked;
        contacts.push_back(std::move(contact));
    }
    return contacts;
}

std::string CustomerEditorDialog::consentFromChecks() const {
    std::string keys;
    for (const domain::Term& channel : domain::vocabulary::channels())
        if (m_consentChecks.at(channel.key)->isChecked())
            keys += (keys.empty() ? "" : ",") + channel.key;
    return keys;
}

storage::CustomerRecord CustomerEditorDialog::record() const {
    storage::CustomerRecord r = m_original; // keeps id, version and bookkeeping
    r.code = domain::CustomerRules::trimmed(ss(m_ui->codeEdit->text()));
    r.name = domain::CustomerRules::trimmed(ss(m_ui->nameEdit->text()));
    r.kind = ss(m_ui->kindCombo->currentData().toString());
    r.industry = domain::CustomerRules::trimmed(ss(m_ui->industryEdit->text()));
    r.region = domain::CustomerRules::trimmed(ss(m_ui->regionEdit->text()));
    r.channel = ss(m_ui->channelCombo->currentData().toString());
    if (m_choosesOwner) {
        const QVariant owner = m_ui->ownerCombo->currentData();
        r.ownerId =
            owner.isValid() ? std::optional<std::int64_t>(owner.toLongLong()) : std::nullopt;
    }
    r.lifecycle = ss(m_ui->lifecycleCombo->currentData().toString());
    r.risk = ss(m_ui->riskCombo->currentData().toString());
    r.tags = domain::CustomerRules::parseTags(ss(m_ui->tagsEdit->text()));
    r.phone = optionalText(m_ui->phoneEdit->text());
    r.email = optionalText(m_ui->emailEdit->text());
    r.idNumber = optionalText(m_ui->idNumberEdit->text());
    r.address = optionalText(m_ui->addressEdit->text());
    r.notes = optionalText(m_ui->notesEdit->toPlainText());
    r.consentChannels = consentFromChecks();
    r.contactFrequency = ss(m_ui->frequencyCombo->currentData().toString());
    r.unsubscribed = m_ui->unsubscribedCheck->isChecked();
    r.contacts = contactsFromTable();
    return r;
}

QString CustomerEditorDialog::fieldError(const QString& field) const {
    const auto it = m_errorLabels.find(ss(field));
    if (it == m_errorLabels.end() || it->second->isHidden())
        return {};
    return it->second->text();
}

QString CustomerEditorDialog::errorText() const {
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

bool CustomerEditorDialog::showsDuplicates() const {
    return !m_ui->duplicatesFrame->isHidden();
}

void CustomerEditorDialog::showError(const QString& message) {
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

bool CustomerEditorDialog::showProblems() {
    std::map<std::string, QStringList> messages;
    for (const domain::FieldProblem& problem :
         domain::CustomerService(m_workspace).validate(record()))
        messages[problem.field] << qs(problem.message);
    for (const auto& [field, label] : m_errorLabels) {
        const auto it = messages.find(field);
        label->setVisible(it != messages.end());
        label->setText(it != messages.end() ? it->second.join(QLatin1Char('\n')) : QString());
    }
    return messages.empty();
}

bool CustomerEditorDialog::checkDuplicates(const storage::CustomerRecord& record) {
    if (isEditing() || m_duplicatesAcknowledged) {
        m_ui->duplicatesFrame->hide();
        return true;
    }
    auto duplicates = domain::CustomerService(m_workspace).possibleDuplicates(record);
    if (!duplicates || duplicates->empty())
        return true; // nothing similar that this user may see
    m_ui->duplicatesList->clear();
    for (const storage::CustomerListRow& row : *duplicates)
        m_ui->duplicatesList->addItem(
            tr("%1 — %2 (%3)")
                .arg(qs(row.code), qs(row.name),
                     row.ownerName.empty() ? tr("Unassigned") : qs(row.ownerName)));
    m_ui->duplicatesLabel->setText(
        tr("%Ln customer(s) with a similar name, or the same phone, email or ID number, already "
           "exist. Check that this is a different client, then choose Create Anyway.",
           nullptr, static_cast<int>(duplicates->size())));
    m_ui->duplicatesFrame->show();
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("Create Anyway"));
    m_duplicatesAcknowledged = true;
    return false;
}

Status CustomerEditorDialog::save(const storage::CustomerRecord& record) {
    domain::CustomerService service(m_workspace);
    if (isEditing()) {
        TESSERA_TRY(service.update(record));
        m_savedId = record.id;
        return {};
    }
    auto id = service.create(record);
    if (!id)
        return id.error();
    m_savedId = *id;
    return {};
}

void CustomerEditorDialog::accept() {
    m_validated = true;
    showError(QString());
    if (!showProblems())
        return;
    const storage::CustomerRecord current = record();
    if (!checkDuplicates(current))
        return;
    if (Status saved = save(current); !saved)
        return showError(qs(saved.error().message));
    QDialog::accept();
}

} // namespace tessera::app
