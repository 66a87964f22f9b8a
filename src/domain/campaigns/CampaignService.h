#pragma once

// Campaigns and relationship investments (product.md capability 6): what
// they cost, when they ran, whom they targeted, and what they returned.
// Supervisors and administrators create and edit them (a supervisor's
// target is limited to their team's customers); supervisors, analysts and
// administrators read their ROI, which shows amounts only, never a customer.

#include "common/Result.h"
#include "domain/workspace/Workspace.h"
#include "scoring/kpi/DifferenceInDifferences.h"
#include "storage/campaigns/CampaignRepository.h"

#include <QCoreApplication>
#include <string>
#include <vector>

namespace tessera::domain {

struct CampaignDraft {
    std::string name;
    std::string kind = "campaign"; // campaign | investment
    double cost = 0.0;             // in currency units
    std::int32_t startDay = 0;
    std::int32_t endDay = 0;
    std::string targetKind;                 // tier | segment | owner | customers
    std::string targetValue;                // tier, segment or owner user name
    std::vector<std::string> customerCodes; // targetKind "customers"
    std::string description;
};

// The return of a campaign (docs/kpis.md, "Campaigns"). Amounts in currency units.
struct CampaignRoi {
    storage::CampaignRecord campaign;
    std::int32_t beforeFirstDay = 0; // the same-length period just before
    std::int32_t beforeLastDay = 0;
    double cost = 0.0;
    double revenueBefore = 0.0; // the targeted customers'
    double revenueDuring = 0.0;
    double attributableRevenue = 0.0;
    double roi = 0.0; // NaN without a cost
    // Per targeted customer: the change in revenue beyond the comparison
    // group's change, with its 95% interval.
    scoring::DidEstimate did;
    double didUpliftTotal = 0.0; // did.uplift x targeted customers
    double didRoi = 0.0;         // (didUpliftTotal - cost) / cost
};

class CampaignService {
    Q_DECLARE_TR_FUNCTIONS(CampaignService)

public:
    explicit CampaignService(Workspace& workspace) : m_ws(workspace) {}

    Result<std::int64_t> add(const CampaignDraft& draft);
    Status update(std::int64_t id, const CampaignDraft& draft);
    Result<std::vector<storage::CampaignRecord>> list();
    Result<storage::CampaignRecord> find(std::int64_t id);
    Result<CampaignRoi> roi(std::int64_t id);

    // The customer codes of a list file: the first field of every row (a
    // first row headed "code" or "customer" is a header), UTF-8 or GBK.
    static Result<std::vector<std::string>> codesFromFile(const std::string& path);

private:
    Result<storage::CampaignRecord> validated(const CampaignDraft& draft);
    Result<std::vector<std::int64_t>> targetOf(const CampaignDraft& draft);

    Workspace& m_ws;
};

} // namespace tessera::domain
