#pragma once

// The Warnings tab beside the portfolio: the open warnings and overdue
// follow-ups of the customers the user may see, computed in the background
// (a million customers take seconds), filtered by kind, sortable by any
// column; a double-click opens the customer.

#include "app/warnings/WarningsModel.h"
#include "domain/warnings/WarningService.h"
#include "domain/workspace/Workspace.h"

#include <QWidget>

class QComboBox;
class QPushButton;
class QLabel;
class QTableView;

namespace tessera::app {

class WarningsView : public QWidget {
    Q_OBJECT

public:
    WarningsView(domain::Workspace& workspace, QWidget* parent = nullptr);

    // Computes the list again (the first call is made when the view is first shown).
    void reload();
    bool isLoading() const { return m_loading; }
    bool hasLoaded() const { return m_loaded; }
    WarningsModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QComboBox* kindFilter() const { return m_kind; }
    QLabel* kpiAlertsLabel() const { return m_kpiAlerts; }
    QPushButton* acknowledgeButton() const { return m_acknowledge; }
    QPushButton* snoozeButton() const { return m_snooze; }
    QPushButton* resolveButton() const { return m_resolve; }
    // Acknowledges, snoozes (until `until`) or resolves the selected warning;
    // errors are shown to the user. The list then reads again.
    void handleSelected(domain::WarningAction action, std::optional<std::int32_t> until = {});

signals:
    void customerActivated(std::int64_t customerId);
    // The list is shown: `count` warnings (after the kind filter).
    void loaded(int count);
    // The KPI alerts line was clicked: the dashboards explain them.
    void dashboardsRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void display(Result<std::vector<domain::Warning>> result);
    // The KPI alerts (scoring.md section 5) of the period the dashboards open
    // on, above the customers' warnings.
    void reloadKpiAlerts();
    void updateButtons();
    void snoozeSelected();

    domain::Workspace& m_workspace;
    QPushButton* m_acknowledge = nullptr;
    QPushButton* m_snooze = nullptr;
    QPushButton* m_resolve = nullptr;
    WarningsModel* m_model = nullptr;
    QComboBox* m_kind = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_kpiAlerts = nullptr;
    bool m_loading = false;
    bool m_loaded = false;
    int m_generation = 0; // only the newest request's answer is shown
};

} // namespace tessera::app
