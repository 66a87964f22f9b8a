#include "domain/duplicates/DuplicateFinder.h"

#include "domain/records/CustomerRules.h"
#include "domain/workspace/Log.h"
#include "storage/duplicates/DuplicateRepository.h"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace tessera::domain {
namespace {

using storage::DuplicateKey;

// Strongest evidence first: the order reasons are listed in.
constexpr std::pair<DuplicateKey, DuplicateReason> kKeys[] = {
    {DuplicateKey::IdNumber, DuplicateReason::SameIdNumber},
    {DuplicateKey::Phone, DuplicateReason::SamePhone},
    {DuplicateKey::Email, DuplicateReason::SameEmail},
    {DuplicateKey::Name, DuplicateReason::SameName}};

DuplicateSide sideOf(const storage::DuplicateCustomerRow& row) {
    return {row.id, row.code, row.name, row.kind, row.ownerId, row.ownerName};
}

} // namespace

Result<std::vector<DuplicatePair>>
DuplicateFinder::collect(const std::optional<std::vector<std::int64_t>>& owners,
                         std::optional<std::int64_t> fromId, double minScore,
                         const JobControl& job) {
    storage::DuplicateRepository repo(m_ws.db());
    // Every pair within each group, with the reasons it collects across keys.
    std::map<std::pair<std::int64_t, std::int64_t>, std::vector<DuplicateReason>> found;
    int keysDone = 0;
    for (const auto& [key, reason] : kKeys) {
        TESSERA_TRY(job.checkCancelled());
        job.report(keysDone++ * 100 / (static_cast<int>(std::size(kKeys)) + 1),
                   tr("Comparing customers…").toStdString());
        const int cap = key == DuplicateKey::Name ? DuplicateScoring::kMaxNameGroup
                                                  : DuplicateScoring::kMaxSharedGroup;
        auto groups = repo.groups(key, cap, owners, fromId);
        if (!groups)
            return groups.error();
        for (const storage::DuplicateGroup& group : *groups)
            for (std::size_t i = 0; i < group.ids.size(); ++i)
                for (std::size_t j = i + 1; j < group.ids.size(); ++j)
                    if (!fromId || group.ids[j] >= *fromId)
                        found[{group.ids[i], group.ids[j]}].push_back(reason);
    }
    TESSERA_TRY(job.checkCancelled());
    std::vector<std::int64_t> ids;
    for (const auto& [pair, reasons] : found) {
        ids.push_back(pair.first);
        ids.push_back(pair.second);
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    auto rows = repo.customers(ids);
    if (!rows)
        return rows.error();
    std::unordered_map<std::int64_t, const storage::DuplicateCustomerRow*> byId;
    for (const storage::DuplicateCustomerRow& row : *rows)
        byId.emplace(row.id, &row);

    std::vector<DuplicatePair> pairs;
    for (auto& [pair, reasons] : found) {
        const auto a = byId.find(pair.first);
        const auto b = byId.find(pair.second);
        if (a == byId.end() || b == byId.end())
            continue;
        const bool companies = a->second->kind == "company" && b->second->kind == "company";
        const double score = DuplicateScoring::score(reasons, companies);
        if (score + 1e-9 < minScore)
            continue;
        pairs.push_back({sideOf(*a->second), sideOf(*b->second), score, std::move(reasons)});
    }
    std::sort(pairs.begin(), pairs.end(), [](const DuplicatePair& x, const DuplicatePair& y) {
        if (x.score != y.score)
            return x.score > y.score;
        return std::pair(x.first.id, x.second.id) < std::pair(y.first.id, y.second.id);
    });
    return pairs;
}

Result<DuplicateList> DuplicateFinder::find(const DuplicateRequest& request,
                                            const JobControl& job) {
    TESSERA_TRY(m_ws.authorize(Action::ReviewDataQuality, "customers", "duplicates"));
    const std::int64_t started = m_ws.nowMs();
    const Session& session = m_ws.session();
    auto pairs = collect(AccessPolicy::visibleOwners(session), std::nullopt, request.minScore, job);
    if (!pairs)
        return pairs.error();
    DuplicateList list;
    list.total = static_cast<std::int64_t>(pairs->size());
    if (request.limit && pairs->size() > *request.limit)
        pairs->resize(*request.limit);
    list.pairs = std::move(*pairs);
    list.masked = AccessPolicy::masksPersonalData(session);
    if (list.masked)
        for (DuplicatePair& pair : list.pairs)
            for (DuplicateSide* side : {&pair.first, &pair.second})
                if (side->kind == "person")
                    side->name = CustomerRules::initials(side->name);
    log::logger().info("duplicates.find user={} pairs={} shown={} duration_ms={}", session.userId,
                       list.total, list.pairs.size(), m_ws.nowMs() - started);
    TESSERA_TRY(m_ws.audit(
        {"duplicates.list", "customers", "duplicates",
         "pairs=" + std::to_string(list.total) + " shown=" + std::to_string(list.pairs.size())}));
    return list;
}

Result<std::vector<DuplicatePair>> DuplicateFinder::pairsWithNew(std::int64_t firstNewId,
                                                                 double minScore) {
    return collect(std::nullopt, firstNewId, minScore);
}

} // namespace tessera::domain
