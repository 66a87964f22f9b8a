#include "app/common/PeriodFilters.h"

#include "app/common/Text.h"
#include "domain/kpi/KpiService.h"
#include "domain/records/Vocabulary.h"

#include <QComboBox>
#include <QSignalBlocker>

namespace tessera::app {

QComboBox* PeriodFilters::kindBox(QWidget* parent) {
    auto* box = new QComboBox(parent);
    box->addItem(tr("Month"), static_cast<int>(domain::KpiPeriod::Kind::Month));
    box->addItem(tr("Quarter"), static_cast<int>(domain::KpiPeriod::Kind::Quarter));
    box->addItem(tr("Year"), static_cast<int>(domain::KpiPeriod::Kind::Year));
    box->setCurrentIndex(1);
    return box;
}

void PeriodFilters::fillPeriods(QComboBox* periods, QComboBox* kindBox, const domain::Workspace& ws,
                                int count, bool markRunning) {
    const auto kind = static_cast<domain::KpiPeriod::Kind>(kindBox->currentData().toInt());
    const QSignalBlocker block(periods);
    periods->clear();
    // From the database's calendar and clock, never the machine's date.
    domain::KpiPeriod p = domain::KpiPeriod::containing(kind, ws.calendar().dayOf(ws.nowMs()));
    if (count <= 0) // two years of months, three of quarters, six years
        count = kind == domain::KpiPeriod::Kind::Year      ? 6
                : kind == domain::KpiPeriod::Kind::Quarter ? 12
                                                           : 24;
    for (int i = 0; i < count; ++i, p = p.previous())
        periods->addItem(i == 0 && markRunning ? tr("%1 (to date)").arg(qs(p.label()))
                                               : qs(p.label()),
                         qs(p.label()));
}

QComboBox* PeriodFilters::teamBox(QWidget* parent, domain::Workspace& ws, int nameRole) {
    auto* box = new QComboBox(parent);
    box->addItem(tr("Everyone you may see"), QVariant());
    if (auto teams = domain::KpiService(ws).visibleTeams())
        for (const auto& [id, name] : *teams) {
            box->addItem(tr("Team of %1").arg(qs(name)), QVariant::fromValue<qlonglong>(id));
            box->setItemData(box->count() - 1, qs(name), nameRole);
        }
    return box;
}

QComboBox* PeriodFilters::tierBox(QWidget* parent) {
    auto* box = new QComboBox(parent);
    box->addItem(tr("All tiers"), QString());
    for (const auto& t : domain::vocabulary::tiers())
        box->addItem(t.label, qs(t.key));
    return box;
}

} // namespace tessera::app
