#pragma once

// The supervisor's dashboards (product.md capability 6): Satisfaction,
// Service and ROI pages for a period, a team and a tier, with KPI tiles
// (value, change, target, alert), trends, breakdowns, the key drivers and
// the campaigns' return. Everything is computed on a worker connection; the
// view only draws. Clicking a tile or a bar asks for the customers behind it.

#include "domain/dashboards/DashboardService.h"

#include <QWidget>
#include <map>

class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace tessera::app {

class KpiTile;

class DashboardView : public QWidget {
    Q_OBJECT

public:
    DashboardView(domain::Workspace& workspace, QWidget* parent = nullptr);

    void reload();
    bool hasLoaded() const { return m_loaded; }
    // The request the filters make, and the figures last shown (for tests).
    domain::KpiRequest request() const;
    const domain::Dashboard& dashboard() const { return m_data; }
    KpiTile* tile(const QString& kpiKey) const;
    QTabWidget* pages() const { return m_pages; }
    QComboBox* periodBox() const { return m_period; }
    QComboBox* breakdownBox() const { return m_breakdown; }
    QComboBox* tierBox() const { return m_tier; }
    QTableWidget* campaignTable() const { return m_campaigns; }
    // The page shown, and a title for exports: dashboard, period and scope.
    QWidget* currentPage() const;
    QString exportTitle(int page) const;

signals:
    // A figure was clicked: the customers of `groupKey` ('' for everyone)
    // behind a survey, purchase or service figure.
    void figureClicked(const domain::KpiRequest& request, storage::KpiRepository::Source source,
                       const std::string& groupKey, const QString& title);
    void exportRequested(bool pdf);
    // New Campaign (0) or Edit Campaign (its id), Set Target: the controller opens the form.
    void campaignRequested(std::int64_t campaignId);
    void targetRequested();
    void loaded();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildFilters();
    QWidget* buildPage(const std::vector<const char*>& tiles, std::vector<QChartView*>& charts,
                       int chartCount);
    void fillPeriods();
    void setDefaultPeriod(const domain::KpiPeriod& period);
    void display(Result<domain::Dashboard> result);
    void showTiles();
    void showCharts();
    void showCampaigns();
    void tileClicked(const QString& key);

    domain::Workspace& m_workspace;
    QComboBox* m_kind;
    QComboBox* m_period;
    QComboBox* m_team;
    QComboBox* m_tier;
    QComboBox* m_breakdown;
    QLabel* m_status;
    QTabWidget* m_pages;
    std::map<QString, KpiTile*> m_tiles;
    std::vector<QChartView*> m_satisfactionCharts;
    std::vector<QChartView*> m_serviceCharts;
    std::vector<QChartView*> m_roiCharts;
    QTableWidget* m_campaigns = nullptr;
    QPushButton* m_editCampaign = nullptr;
    domain::Dashboard m_data;
    domain::KpiRequest m_shown; // the request m_data answers
    bool m_loaded = false;
    bool m_periodChosen = false;
    int m_generation = 0;
};

} // namespace tessera::app
