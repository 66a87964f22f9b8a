#include "storage/scoring/TierReportRows.h"

#include "storage/scoring/TierReportRepository.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <map>
#include <tuple>

namespace tessera::storage {
namespace {

constexpr double kNull = std::numeric_limits<double>::quiet_NaN();

// Diamond first; an unknown tier name sorts last rather than failing the report.
int tierRank(std::string_view tier) {
    constexpr std::string_view kTiers[] = {"Diamond", "Platinum", "Gold", "Silver", "Bronze"};
    const auto* found = std::find(std::begin(kTiers), std::end(kTiers), tier);
    return static_cast<int>(found - std::begin(kTiers));
}

double orNull(const std::optional<double>& value) {
    return value ? *value : kNull;
}

std::optional<double> optional(double value) {
    return std::isnan(value) ? std::nullopt : std::optional<double>(value);
}

} // namespace

TierReportRows::Name TierReportRows::intern(std::vector<std::string>& names,
                                            std::string_view name) {
    // A handful of names (five tiers, a dozen segments): a linear search is the fastest.
    for (std::size_t i = 0; i < names.size(); ++i)
        if (names[i] == name)
            return static_cast<Name>(i);
    names.emplace_back(name);
    return static_cast<Name>(names.size() - 1);
}

std::uint32_t TierReportRows::ownerOf(const std::optional<std::int64_t>& id,
                                      std::string_view name) {
    // Rows come in customer order, mostly alternating among a few owners.
    for (std::size_t i = m_ownerIds.size(); i-- > 0;)
        if (m_ownerIds[i] == id)
            return static_cast<std::uint32_t>(i);
    m_ownerIds.push_back(id);
    m_ownerNames.emplace_back(name);
    return static_cast<std::uint32_t>(m_ownerIds.size() - 1);
}

void TierReportRows::reserve(std::size_t rows) {
    m_rows.reserve(rows);
}

void TierReportRows::add(const Input& in) {
    Row row{};
    row.customerId = in.customerId;
    row.textStart = m_text.size();
    m_text.append(in.code).append(in.name);
    row.codeLength = static_cast<std::uint8_t>(in.code.size()); // at most 64 (schema)
    row.nameLength = static_cast<std::uint32_t>(in.name.size());
    row.owner = ownerOf(in.ownerId, in.ownerName);
    row.tier = intern(m_tiers, in.tier);
    row.previousTier = in.previousTier ? intern(m_tiers, *in.previousTier) : kNone;
    if (m_tierRank.size() < m_tiers.size()) {
        m_tierRank.clear();
        for (const std::string& name : m_tiers)
            m_tierRank.push_back(tierRank(name));
    }
    row.segment = intern(m_segments, in.segment);
    row.person = in.kind == "person";
    int i = 0;
    for (int score : {in.scoreR, in.scoreF, in.scoreM, in.scoreS})
        row.scores[i++] = static_cast<std::uint8_t>(score); // 1..5
    row.monetary = in.monetary;
    row.rfms = in.rfms;
    row.tierScore = in.tierScore;
    row.crmv = orNull(in.crmv);
    row.pAlive = orNull(in.pAlive);
    row.clv = orNull(in.clv);
    row.previousRfms = orNull(in.previousRfms);
    m_rows.push_back(row);
}

void TierReportRows::sort() {
    // Sorting small keys beside the row numbers keeps the comparisons in
    // cache: the TierScore as an unsigned integer that orders like the
    // (non-negative) score itself, and the code's first eight bytes as a
    // big-endian number; two codes are read in full only when those tie.
    struct Key {
        std::uint32_t rank;
        std::uint32_t row;
        std::uint64_t score; // larger TierScore, smaller key
        std::uint64_t prefix;
    };
    std::vector<Key> keys(size());
    for (std::uint32_t i = 0; i < keys.size(); ++i) {
        const Row& row = m_rows[i];
        std::uint64_t bits = 0;
        std::memcpy(&bits, &row.tierScore, sizeof bits);
        // IEEE order: flip every bit of a negative, only the sign of a positive.
        bits = (bits >> 63) ? ~bits : bits | (std::uint64_t{1} << 63);
        std::uint64_t prefix = 0;
        const std::string_view c = codeOf(row);
        for (std::size_t b = 0; b < 8; ++b)
            prefix = prefix << 8 | (b < c.size() ? static_cast<unsigned char>(c[b]) : 0u);
        keys[i] = {static_cast<std::uint32_t>(m_tierRank[row.tier]), i, ~bits, prefix};
    }
    // Codes are unique, so the order is total and needs no stable sort.
    std::sort(keys.begin(), keys.end(), [this](const Key& a, const Key& b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        if (a.score != b.score)
            return a.score < b.score;
        if (a.prefix != b.prefix)
            return a.prefix < b.prefix;
        return codeOf(m_rows[a.row]) < codeOf(m_rows[b.row]);
    });
    // The rows themselves move into report order, so writing reads them in
    // sequence, twice (the moved customers, then all). In place, cycle by
    // cycle, so no second copy of a million rows is needed.
    constexpr std::uint32_t kPlaced = 0xFFFFFFFF;
    for (std::size_t start = 0; start < keys.size(); ++start) {
        if (keys[start].rank == kPlaced)
            continue;
        const Row first = m_rows[start];
        std::size_t to = start;
        for (;;) {
            const std::size_t from = keys[to].row;
            keys[to].rank = kPlaced;
            if (from == start) {
                m_rows[to] = first;
                break;
            }
            m_rows[to] = m_rows[from];
            to = from;
        }
    }
}

std::vector<TierGroupRecord> TierReportRows::groups() const {
    // Keyed like the query's GROUP BY s.tier, p.tier, c.owner_id: by name and
    // id, a missing compared tier or owner first.
    using Key =
        std::tuple<std::string_view, std::optional<std::string_view>, std::optional<std::int64_t>>;
    std::map<std::tuple<Name, Name, std::uint32_t>, TierGroupRecord> byIndex;
    for (const Row& row : m_rows) {
        TierGroupRecord& g = byIndex[{row.tier, row.previousTier, row.owner}];
        ++g.customers;
        g.monetarySum += row.monetary;
        if (!std::isnan(row.clv)) {
            ++g.withClv;
            g.clvSum += row.clv;
        }
        if (!std::isnan(row.pAlive)) {
            ++g.withPAlive;
            g.pAliveSum += row.pAlive;
        }
    }
    std::map<Key, TierGroupRecord> byName;
    for (auto& [key, group] : byIndex) {
        const auto& [tier, previous, owner] = key;
        group.tier = m_tiers[tier];
        std::optional<std::string_view> previousName;
        if (previous != kNone) {
            group.previousTier = m_tiers[previous];
            previousName = m_tiers[previous];
        }
        group.ownerId = m_ownerIds[owner];
        group.ownerName = m_ownerNames[owner];
        // The key's names point into m_tiers, which outlives the map.
        byName.emplace(Key{m_tiers[tier], previousName, group.ownerId}, std::move(group));
    }
    std::vector<TierGroupRecord> out;
    out.reserve(byName.size());
    for (auto& [key, group] : byName)
        out.push_back(std::move(group));
    return out;
}

void TierReportRows::forEach(Rows which,
                             const std::function<bool(const TierReportRowRecord&)>& visit) const {
    // One record reused for every row: its strings keep their buffers.
    TierReportRowRecord out;
    for (const Row& row : m_rows) {
        if (which == Rows::Moved && !moved(row))
            continue;
        out.customerId = row.customerId;
        out.code.assign(codeOf(row));
        out.name.assign(nameOf(row));
        out.kind.assign(row.person ? "person" : "company");
        out.ownerId = m_ownerIds[row.owner];
        out.ownerName.assign(m_ownerNames[row.owner]);
        if (row.previousTier == kNone)
            out.previousTier.reset();
        else if (out.previousTier)
            out.previousTier->assign(m_tiers[row.previousTier]);
        else
            out.previousTier.emplace(m_tiers[row.previousTier]);
        out.previousRfms = optional(row.previousRfms);
        CustomerScoreRecord& s = out.score;
        s.customerId = row.customerId;
        s.monetary = row.monetary;
        s.scoreR = row.scores[0];
        s.scoreF = row.scores[1];
        s.scoreM = row.scores[2];
        s.scoreS = row.scores[3];
        s.rfms = row.rfms;
        s.segment.assign(m_segments[row.segment]);
        s.crmv = optional(row.crmv);
        s.tierScore = row.tierScore;
        s.tier.assign(m_tiers[row.tier]);
        s.pAlive = optional(row.pAlive);
        s.clv = optional(row.clv);
        if (!visit(out))
            return;
    }
}

} // namespace tessera::storage
