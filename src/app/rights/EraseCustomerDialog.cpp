#include "app/rights/EraseCustomerDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tessera::app {

EraseCustomerDialog::EraseCustomerDialog(const QString& code, const QString& name, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Erase Personal Data"));
    auto* layout = new QVBoxLayout(this);
    auto* message = new QLabel(
        tr("<p>Erase the personal data of <b>%1</b> (%2)? This cannot be undone.</p>"
           "<p>Removed: the name (it becomes a pseudonym), phone numbers, email addresses, the "
           "ID number, the address, notes, contacts, interaction notes, survey comments, ticket "
           "subjects and descriptions, follow-up notes, and merges that could be undone.</p>"
           "<p>Kept, under the pseudonym: purchases (for revenue figures), scores, and the kind "
           "and day of each interaction, survey and ticket. The customer is archived.</p>"
           "<p>Backups made before today still hold the person until retention removes them "
           "(Administration &gt; Backups shows which).</p>")
            .arg(name.toHtmlEscaped(), code.toHtmlEscaped()),
        this);
    message->setObjectName(QStringLiteral("eraseMessage"));
    message->setWordWrap(true);
    layout->addWidget(message);
    auto* form = new QFormLayout;
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("eraseReason"));
    m_reason->setMaxLength(500);
    m_reason->setPlaceholderText(tr("e.g. the person's request of 1 June, by letter"));
    form->addRow(tr("&Reason:"), m_reason);
    layout->addLayout(form);
    auto* hint = new QLabel(tr("The reason is kept in the register of erasures: name no personal "
                               "data in it."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* erase = m_buttons->addButton(tr("&Erase…"), QDialogButtonBox::AcceptRole);
    erase->setObjectName(QStringLiteral("eraseButton"));
    erase->setEnabled(false);
    layout->addWidget(m_buttons);
    connect(m_reason, &QLineEdit::textChanged, erase,
            [erase](const QString& text) { erase->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Return in the reason field goes on to the password, itself a second step.
    erase->setDefault(true);
}

QString EraseCustomerDialog::reason() const {
    return m_reason->text().trimmed();
}

} // namespace tessera::app
