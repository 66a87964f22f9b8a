#pragma once

// Campaigns and relationship investments with the customers they target,
// and the per-customer revenue around a campaign that its ROI and its
// difference in differences are computed from.

#include "common/Result.h"
#include "storage/sqlite/Database.h"

#include <optional>
#include <string>
#include <vector>

namespace tessera::storage {

struct CampaignRecord {
    std::int64_t id = 0;
    std::string name;
    std::string kind = "campaign"; // campaign | investment
    std::int64_t costCents = 0;
    std::int32_t startDay = 0;
    std::int32_t endDay = 0;
    std::string targetKind = "customers"; // tier | segment | owner | customers
    std::string targetValue;              // the tier, segment or owner's user name
    std::string description;
    std::optional<std::int64_t> createdBy;
    std::int64_t createdAt = 0;
    std::int64_t updatedAt = 0;
    std::int64_t customers = 0; // targeted, as read back
};

// One customer's revenue (refunds subtracted) in the period before a
// campaign and during it.
struct RevenueChange {
    std::int64_t customerId = 0;
    std::int64_t beforeCents = 0;
    std::int64_t duringCents = 0;
};

class CampaignRepository {
public:
    explicit CampaignRepository(Database& db) : m_db(db) {}

    Result<std::int64_t> insert(const CampaignRecord& campaign,
                                const std::vector<std::int64_t>& customers);
    // Replaces the fields and the targeted customers.
    Status update(const CampaignRecord& campaign, const std::vector<std::int64_t>& customers);
    Result<std::optional<CampaignRecord>> find(std::int64_t id);
    // Newest first.
    Result<std::vector<CampaignRecord>> list();

    // Customers a rule names, among `owners` (nullopt: everyone), not archived.
    Result<std::vector<std::int64_t>>
    customersOfTier(std::int64_t run, const std::string& tier,
                    const std::optional<std::vector<std::int64_t>>& owners);
    Result<std::vector<std::int64_t>>
    customersOfSegment(std::int64_t run, const std::string& segment,
                       const std::optional<std::vector<std::int64_t>>& owners);
    Result<std::vector<std::int64_t>> customersOfOwner(std::int64_t ownerId);

    // Revenue per targeted customer over [beforeFirst, beforeLast] and [first, last].
    Result<std::vector<RevenueChange>> targetedRevenue(std::int64_t campaignId,
                                                       std::int32_t beforeFirst,
                                                       std::int32_t beforeLast, std::int32_t first,
                                                       std::int32_t last);
    // The same for the comparison group: customers not targeted whose tier
    // in `run` is one the targeted customers have in it; without a run,
    // every customer not targeted.
    Result<std::vector<RevenueChange>> comparisonRevenue(std::int64_t campaignId,
                                                         std::optional<std::int64_t> run,
                                                         std::int32_t beforeFirst,
                                                         std::int32_t beforeLast,
                                                         std::int32_t first, std::int32_t last);

private:
    Status writeCustomers(std::int64_t campaignId, const std::vector<std::int64_t>& customers);
    Result<std::vector<RevenueChange>> revenue(const std::string& customersSql,
                                               std::int32_t beforeFirst, std::int32_t beforeLast,
                                               std::int32_t first, std::int32_t last);

    Database& m_db;
};

} // namespace tessera::storage
