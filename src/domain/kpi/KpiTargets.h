#pragma once

// KPI targets and the alerts they raise (scoring.md section 5; docs/kpis.md):
// a KPI that worsened by the profile's share (5%) or more against the
// previous period, or lies more than the profile's share (10%) on the wrong
// side of its target. For NPS and CSAT the alert also says whether the
// change is larger than sampling noise (the two periods' 95% intervals).

#include "common/Result.h"
#include "domain/kpi/KpiService.h"
#include "storage/kpi/TargetRepository.h"

#include <QCoreApplication>
#include <optional>

namespace tessera::domain {

struct KpiAlert {
    enum class Kind { Drop, TargetGap };
    Kind kind = Kind::Drop;
    std::string kpi;
    std::string group; // '' for everyone in scope
    double value = 0.0;
    double reference = 0.0; // the previous period's value, or the target
    double gapShare = 0.0;  // how much worse, as a share of the reference
    // NPS and CSAT: whether the difference is beyond sampling noise.
    std::optional<bool> beyondNoise;
};

struct AlertThresholds {
    double dropShare = 0.05;
    double targetGapShare = 0.10;
};

class KpiTargets {
    Q_DECLARE_TR_FUNCTIONS(KpiTargets)

public:
    explicit KpiTargets(Workspace& workspace) : m_ws(workspace) {}

    // Sets a target (supervisors and administrators); the value must lie in
    // the KPI's range (rates 0-1, NPS -100-100, CES and dimensions 1-7).
    Status set(const std::string& kpi, const KpiPeriod& period, double value);
    Result<std::vector<storage::KpiTarget>> list(const std::optional<KpiPeriod>& period);

    // The alerts of `current` against `previous` and the period's targets.
    static std::vector<KpiAlert> alertsOf(const KpiFigures& current, const KpiFigures& previous,
                                          const std::vector<storage::KpiTarget>& targets,
                                          const AlertThresholds& thresholds);
    // The same for a request: computes both periods with the profile's thresholds.
    Result<std::vector<KpiAlert>> alerts(const KpiRequest& request);

    static QString describe(const KpiAlert& alert);

private:
    Workspace& m_ws;
};

} // namespace tessera::domain
