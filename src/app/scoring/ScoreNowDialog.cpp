#include "app/scoring/ScoreNowDialog.h"

#include "app/common/Text.h"
#include "domain/scoring/ProfileService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tessera::app {
namespace {

using VersionsResult = Result<std::vector<domain::ProfileVersion>>;

// Item data of the version combo's first entry: whatever is newest when the run starts.
constexpr qlonglong kNewestVersion = 0;

} // namespace

ScoreNowDialog::ScoreNowDialog(DatabaseWorker& worker, const domain::Calendar& calendar,
                               QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Score Now"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_asOf = new QDateEdit(domain::Calendar::dateFromDay(calendar.today()), this);
    m_asOf->setObjectName(QStringLiteral("asOfEdit"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_asOf->setToolTip(tr("The end of the scoring window, a day in the database's time zone (%1)")
                           .arg(calendar.zoneName()));
    form->addRow(tr("&As of:"), m_asOf);

    m_profileWindow = new QRadioButton(this);
    m_profileWindow->setChecked(true);
    m_daysWindow = new QRadioButton(tr("The &last"), this);
    m_days = new QSpinBox(this);
    m_days->setRange(1, 36500);
    m_days->setValue(365);
    m_days->setSuffix(tr(" days"));
    m_allHistory = new QRadioButton(tr("All &history"), this);
    auto* daysRow = new QHBoxLayout;
    daysRow->addWidget(m_daysWindow);
    daysRow->addWidget(m_days);
    daysRow->addStretch(1);
    auto* windows = new QVBoxLayout;
    windows->addWidget(m_profileWindow);
    windows->addLayout(daysRow);
    windows->addWidget(m_allHistory);
    form->addRow(tr("Window:"), windows);

    m_version = new QComboBox(this);
    m_version->setObjectName(QStringLiteral("versionCombo"));
    m_version->addItem(tr("The newest version"), kNewestVersion);
    form->addRow(tr("Scoring &profile:"), m_version);
    layout->addLayout(form);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Score"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_days, qOverload<int>(&QSpinBox::valueChanged), this,
            [this] { m_daysWindow->setChecked(true); });
    connect(m_version, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &ScoreNowDialog::updateWindowText);
    updateWindowText();
    loadVersions(worker);
}

void ScoreNowDialog::loadVersions(DatabaseWorker& worker) {
    worker.post<VersionsResult>(
        this, [](domain::Workspace& ws) { return domain::ProfileService(ws).history(50); },
        [this](VersionsResult versions) { showVersions(versions); });
}

void ScoreNowDialog::showVersions(const VersionsResult& versions) {
    if (versions) {
        // Newest first; the first entry stands for the newest at run time.
        for (const domain::ProfileVersion& v : *versions) {
            m_windows[v.version] = v.parameters.window;
            if (m_version->count() == 1)
                m_windows[kNewestVersion] = v.parameters.window;
            m_version->addItem(tr("Version %1: %2").arg(v.version).arg(qs(v.reason)),
                               QVariant::fromValue<qlonglong>(v.version));
        }
    } else {
        m_version->setToolTip(qs(versions.error().message));
    }
    updateWindowText();
    emit versionsLoaded();
}

void ScoreNowDialog::updateWindowText() {
    const auto it = m_windows.find(m_version->currentData().toLongLong());
    if (it == m_windows.end())
        m_profileWindow->setText(tr("The &profile's window"));
    else if (it->second.allHistory)
        m_profileWindow->setText(tr("The &profile's window (all history)"));
    else
        m_profileWindow->setText(
            tr("The &profile's window (%Ln day(s))", nullptr, it->second.days));
}

domain::ScoringRequest ScoreNowDialog::request() const {
    domain::ScoringRequest request;
    request.asOfDay = domain::Calendar::dayFromDate(m_asOf->date());
    if (m_daysWindow->isChecked())
        request.window = scoring::WindowSettings{false, m_days->value()};
    else if (m_allHistory->isChecked())
        request.window = scoring::WindowSettings{true, m_days->value()};
    if (const qlonglong version = m_version->currentData().toLongLong(); version != kNewestVersion)
        request.profileVersion = version;
    return request;
}

} // namespace tessera::app
