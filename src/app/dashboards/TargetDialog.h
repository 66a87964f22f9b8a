#pragma once

// Sets a KPI's target for a period (supervisors and administrators): the KPI,
// the period (the dashboard's, to start with) and the value, in the KPI's
// own unit (NPS points, a share as a percentage, CES 1 to 7, an amount).
// A refusal is shown in the dialog, which stays open.

#include "domain/kpi/KpiTargets.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace tessera::app {

class TargetDialog : public QDialog {
    Q_OBJECT

public:
    TargetDialog(domain::Workspace& workspace, const domain::KpiPeriod& period,
                 QWidget* parent = nullptr);

    QComboBox* kpiBox() const { return m_kpi; }
    QLineEdit* periodEdit() const { return m_period; }
    QDoubleSpinBox* valueEdit() const { return m_value; }
    QString errorText() const;

    void accept() override;

private:
    void kpiChanged();

    domain::Workspace& m_workspace;
    QComboBox* m_kpi;
    QLineEdit* m_period;
    QDoubleSpinBox* m_value;
    QLabel* m_error;
};

} // namespace tessera::app
