#include "app/dashboards/TargetDialog.h"

#include "app/common/Text.h"
#include "app/dashboards/DashboardFormat.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace tessera::app {
namespace {

// Shares are typed as percentages; the domain stores them as 0..1.
bool isShare(const std::string& key) {
    return domain::kpiUnitOf(key) == domain::KpiUnit::Share;
}

} // namespace

TargetDialog::TargetDialog(domain::Workspace& workspace, const domain::KpiPeriod& period,
                           QWidget* parent)
    : QDialog(parent), m_workspace(workspace) {
    setObjectName(QStringLiteral("targetDialog"));
    setWindowTitle(tr("Set KPI Target"));
    m_kpi = new QComboBox(this);
    m_kpi->setObjectName(QStringLiteral("targetKpiBox"));
    for (const auto& k : domain::kpiKeys())
        m_kpi->addItem(kpiLabel(k.key), QLatin1String(k.key));
    m_period = new QLineEdit(qs(period.label()), this);
    m_period->setObjectName(QStringLiteral("targetPeriodEdit"));
    m_period->setPlaceholderText(tr("2026-10, 2026Q3 or 2026"));
    m_value = new QDoubleSpinBox(this);
    m_value->setObjectName(QStringLiteral("targetValueEdit"));
    m_value->setDecimals(2);
    m_value->setRange(-1e12, 1e12);
    auto* form = new QFormLayout;
    form->addRow(tr("&KPI:"), m_kpi);
    form->addRow(tr("&Period:"), m_period);
    form->addRow(tr("&Target:"), m_value);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("targetError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &TargetDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TargetDialog::reject);
    connect(m_kpi, &QComboBox::currentIndexChanged, this, &TargetDialog::kpiChanged);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    kpiChanged();
}

void TargetDialog::kpiChanged() {
    const std::string key = ss(m_kpi->currentData().toString());
    m_value->setSuffix(isShare(key) ? QStringLiteral(" %") : QString());
}

QString TargetDialog::errorText() const {
    return m_error->isVisible() ? m_error->text() : QString();
}

void TargetDialog::accept() {
    const std::string key = ss(m_kpi->currentData().toString());
    auto period = domain::KpiPeriod::parse(ss(m_period->text()));
    Status saved = period ? Status{} : Status{period.error()};
    if (saved) {
        const double value = isShare(key) ? m_value->value() / 100.0 : m_value->value();
        saved = domain::KpiTargets(m_workspace).set(key, *period, value);
    }
    if (!saved) {
        m_error->setText(qs(saved.error().message));
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace tessera::app
