#pragma once

// The demo's campaigns and KPI targets, so the ROI dashboard and the alerts
// have something to show from the first look: a few campaigns and one
// relationship investment in the last quarter of the generated history,
// each on an account manager's portfolio, and targets for that quarter and
// the data's last month. Made through the same use cases a supervisor calls.

#include "common/Result.h"
#include "domain/workspace/Workspace.h"

#include <QCoreApplication>

namespace tessera::domain {

class DemoCampaigns {
    Q_DECLARE_TR_FUNCTIONS(DemoCampaigns)

public:
    // `ws` is signed in as an administrator; `endDay` is the data's last day.
    // Returns the number of campaigns made.
    static Result<int> add(Workspace& ws, std::int32_t endDay);
};

} // namespace tessera::domain
