#include "storage/campaigns/CampaignRepository.h"

#include "storage/sqlite/IdList.h"

namespace tessera::storage {
namespace {

constexpr const char* kColumns =
    "c.id, c.name, c.kind, c.cost_cents, c.start_day, c.end_day, c.target_kind, c.target_value,"
    " c.description, c.created_by, c.created_at, c.updated_at,"
    " (SELECT COUNT(*) FROM campaign_customers x WHERE x.campaign_id = c.id)";

CampaignRecord readCampaign(Statement& s) {
    CampaignRecord c;
    c.id = s.int64(0);
    c.name = s.text(1);
    c.kind = s.text(2);
    c.costCents = s.int64(3);
    c.startDay = s.int32(4);
    c.endDay = s.int32(5);
    c.targetKind = s.text(6);
    c.targetValue = s.text(7);
    c.description = s.text(8);
    c.createdBy = s.optionalInt64(9);
    c.createdAt = s.int64(10);
    c.updatedAt = s.int64(11);
    c.customers = s.int64(12);
    return c;
}

std::string ownerCondition(const std::optional<std::vector<std::int64_t>>& owners) {
    if (!owners)
        return {};
    return owners->empty() ? " AND 0 = 1" : " AND c.owner_id IN (" + idList(*owners) + ")";
}

} // namespace

Status CampaignRepository::writeCustomers(std::int64_t campaignId,
                                          const std::vector<std::int64_t>& customers) {
    auto clear = m_db.prepare("DELETE FROM campaign_customers WHERE campaign_id = ?");
    if (!clear)
        return clear.error();
    clear->bind(1, campaignId);
    TESSERA_TRY(clear->run());
    auto insert = m_db.prepare(
        "INSERT OR IGNORE INTO campaign_customers (campaign_id, customer_id) VALUES (?, ?)");
    if (!insert)
        return insert.error();
    for (std::int64_t customer : customers) {
        insert->reset();
        insert->bind(1, campaignId).bind(2, customer);
        TESSERA_TRY(insert->run());
    }
    return {};
}

Result<std::int64_t> CampaignRepository::insert(const CampaignRecord& c,
                                                const std::vector<std::int64_t>& customers) {
    auto stmt = m_db.prepare(
        "INSERT INTO campaigns (name, kind, cost_cents, start_day, end_day, target_kind,"
        " target_value, description, created_by, created_at, updated_at)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, c.name).bind(2, c.kind).bind(3, c.costCents).bind(4, c.startDay);
    stmt->bind(5, c.endDay).bind(6, c.targetKind).bind(7, c.targetValue).bind(8, c.description);
    stmt->bind(9, c.createdBy).bind(10, c.createdAt).bind(11, c.updatedAt);
    TESSERA_TRY(stmt->run());
    const std::int64_t id = m_db.lastInsertRowId();
    TESSERA_TRY(writeCustomers(id, customers));
    return id;
}

Status CampaignRepository::update(const CampaignRecord& c,
                                  const std::vector<std::int64_t>& customers) {
    auto stmt = m_db.prepare("UPDATE campaigns SET name = ?, kind = ?, cost_cents = ?,"
                             " start_day = ?, end_day = ?, target_kind = ?, target_value = ?,"
                             " description = ?, updated_at = ? WHERE id = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, c.name).bind(2, c.kind).bind(3, c.costCents).bind(4, c.startDay);
    stmt->bind(5, c.endDay).bind(6, c.targetKind).bind(7, c.targetValue).bind(8, c.description);
    stmt->bind(9, c.updatedAt).bind(10, c.id);
    TESSERA_TRY(stmt->run());
    return writeCustomers(c.id, customers);
}

Result<std::optional<CampaignRecord>> CampaignRepository::find(std::int64_t id) {
    auto stmt =
        m_db.prepare(std::string("SELECT ") + kColumns + " FROM campaigns c WHERE c.id = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    return stmt->first(readCampaign);
}

Result<std::vector<CampaignRecord>> CampaignRepository::list() {
    auto stmt = m_db.prepare(std::string("SELECT ") + kColumns +
                             " FROM campaigns c ORDER BY c.start_day DESC, c.id DESC");
    if (!stmt)
        return stmt.error();
    return stmt->collect(readCampaign);
}

Result<std::vector<std::int64_t>>
CampaignRepository::customersOfTier(std::int64_t run, const std::string& tier,
                                    const std::optional<std::vector<std::int64_t>>& owners) {
    auto stmt = m_db.prepare("SELECT c.id FROM customer_scores s JOIN customers c ON c.id ="
                             " s.customer_id WHERE s.run_id = ? AND s.tier = ? AND c.archived = 0" +
                             ownerCondition(owners) + " ORDER BY c.id");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, run).bind(2, tier);
    return stmt->collect([](Statement& s) { return s.int64(0); });
}

Result<std::vector<std::int64_t>>
CampaignRepository::customersOfSegment(std::int64_t run, const std::string& segment,
                                       const std::optional<std::vector<std::int64_t>>& owners) {
    auto stmt = m_db.prepare("SELECT c.id FROM customer_scores s JOIN customers c ON c.id ="
                             " s.customer_id WHERE s.run_id = ? AND s.segment = ?"
                             " AND c.archived = 0" +
                             ownerCondition(owners) + " ORDER BY c.id");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, run).bind(2, segment);
    return stmt->collect([](Statement& s) { return s.int64(0); });
}

Result<std::vector<std::int64_t>> CampaignRepository::customersOfOwner(std::int64_t ownerId) {
    auto stmt =
        m_db.prepare("SELECT id FROM customers WHERE owner_id = ? AND archived = 0 ORDER BY id");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, ownerId);
    return stmt->collect([](Statement& s) { return s.int64(0); });
}

Result<std::vector<RevenueChange>>
CampaignRepository::revenue(const std::string& customersSql, std::int32_t beforeFirst,
                            std::int32_t beforeLast, std::int32_t first, std::int32_t last) {
    // Each customer's transactions in the two periods are one range of the
    // (customer, day) key, so this reads only the rows it sums.
    auto stmt = m_db.prepare(
        "SELECT g.id,"
        " COALESCE(SUM(CASE WHEN t.day BETWEEN ?1 AND ?2 THEN t.amount_cents END), 0),"
        " COALESCE(SUM(CASE WHEN t.day BETWEEN ?3 AND ?4 THEN t.amount_cents END), 0)"
        " FROM (" +
        customersSql +
        ") g LEFT JOIN transactions t ON t.customer_id = g.id AND t.day BETWEEN ?5 AND ?6"
        " GROUP BY g.id ORDER BY g.id");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, beforeFirst).bind(2, beforeLast).bind(3, first).bind(4, last);
    stmt->bind(5, std::min(beforeFirst, first)).bind(6, std::max(beforeLast, last));
    return stmt->collect([](Statement& s) {
        return RevenueChange{s.int64(0), s.int64(1), s.int64(2)};
    });
}

Result<std::vector<RevenueChange>> CampaignRepository::targetedRevenue(std::int64_t campaignId,
                                                                       std::int32_t beforeFirst,
                                                                       std::int32_t beforeLast,
                                                                       std::int32_t first,
                                                                       std::int32_t last) {
    return revenue("SELECT customer_id AS id FROM campaign_customers WHERE campaign_id = " +
                       std::to_string(campaignId),
                   beforeFirst, beforeLast, first, last);
}

Result<std::vector<RevenueChange>>
CampaignRepository::comparisonRevenue(std::int64_t campaignId, std::optional<std::int64_t> run,
                                      std::int32_t beforeFirst, std::int32_t beforeLast,
                                      std::int32_t first, std::int32_t last) {
    const std::string campaign = std::to_string(campaignId);
    const std::string notTargeted =
        " NOT IN (SELECT customer_id FROM campaign_customers WHERE campaign_id = " + campaign + ")";
    if (!run)
        return revenue("SELECT id FROM customers WHERE id" + notTargeted, beforeFirst, beforeLast,
                       first, last);
    const std::string r = std::to_string(*run);
    return revenue("SELECT s.customer_id AS id FROM customer_scores s WHERE s.run_id = " + r +
                       " AND s.customer_id" + notTargeted +
                       " AND s.tier IN (SELECT DISTINCT s2.tier FROM customer_scores s2 JOIN"
                       " campaign_customers x ON x.customer_id = s2.customer_id"
                       " WHERE s2.run_id = " +
                       r + " AND x.campaign_id = " + campaign + ")",
                   beforeFirst, beforeLast, first, last);
}

} // namespace tessera::storage
