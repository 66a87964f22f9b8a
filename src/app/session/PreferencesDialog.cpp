#include "app/session/PreferencesDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tessera::app {
namespace {

const QString kLockMinutesKey = QStringLiteral("security/lockAfterMinutes");
constexpr int kMaximumLockMinutes = 24 * 60;

} // namespace

int PreferencesDialog::lockMinutes() {
    const int minutes = QSettings().value(kLockMinutesKey, kDefaultLockMinutes).toInt();
    return std::clamp(minutes, 0, kMaximumLockMinutes);
}

void PreferencesDialog::saveLockMinutes(int minutes) {
    QSettings().setValue(kLockMinutesKey, std::clamp(minutes, 0, kMaximumLockMinutes));
}

PreferencesDialog::PreferencesDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Preferences"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_lockMinutes = new QSpinBox(this);
    m_lockMinutes->setObjectName(QStringLiteral("lockMinutes"));
    m_lockMinutes->setRange(0, kMaximumLockMinutes);
    m_lockMinutes->setSpecialValueText(tr("Never"));
    m_lockMinutes->setSuffix(tr(" min"));
    m_lockMinutes->setValue(lockMinutes());
    form->addRow(tr("&Lock after idle time:"), m_lockMinutes);
    layout->addLayout(form);
    auto* note = new QLabel(tr("Without keyboard or mouse input for this long, Tessera hides the "
                               "customers and asks for your password again."),
                            this);
    note->setWordWrap(true);
    note->setMinimumWidth(380);
    layout->addWidget(note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void PreferencesDialog::accept() {
    saveLockMinutes(m_lockMinutes->value());
    QDialog::accept();
}

} // namespace tessera::app
