#pragma once

// The filter boxes the period-based tabs share (the dashboards, the journey
// map): the kind of period and the periods of that kind counted back from
// today in the database's calendar, the teams the user may narrow to, and
// the tiers. The boxes keep their values as item data.

#include "domain/workspace/Workspace.h"

#include <QCoreApplication>

class QComboBox;
class QWidget;

namespace tessera::app {

class PeriodFilters {
    Q_DECLARE_TR_FUNCTIONS(PeriodFilters)

public:
    // Month, Quarter (current) and Year; the kind as int item data.
    static QComboBox* kindBox(QWidget* parent);
    // Refills `periods` with the periods of `kind` from the one holding today
    // back (`count` of them; 0: the kind's default), the label as item data.
    // `markRunning` labels today's "(to date)".
    static void fillPeriods(QComboBox* periods, QComboBox* kind, const domain::Workspace& ws,
                            int count = 0, bool markRunning = false);
    // "Everyone you may see", then the supervisors the user may narrow to
    // (their id as item data, their user name as `nameRole` data).
    static QComboBox* teamBox(QWidget* parent, domain::Workspace& ws, int nameRole);
    // "All tiers", then each tier (its key as item data).
    static QComboBox* tierBox(QWidget* parent);
};

} // namespace tessera::app
