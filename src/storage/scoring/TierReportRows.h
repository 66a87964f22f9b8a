#pragma once

// The customers of a tier report, read once and held compactly: a fixed-size
// row each, the codes and names in one buffer, repeated names (tiers,
// segments, owners) once each. A million customers take about 115 MB, and one
// read in storage order replaces three queries that each sorted a million
// joined rows (the totals, the moved customers, all customers): the rows are
// sorted here into report order once and serve the totals and both tables.

#include "storage/scoring/ScoringRecords.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tessera::storage {

struct TierGroupRecord;
struct TierReportRowRecord;

class TierReportRows {
public:
    enum class Rows { All, Moved }; // Moved: scored in both runs, in another tier

    // What one result row of the report query holds; added in any order.
    struct Input {
        std::int64_t customerId = 0;
        std::string_view code;
        std::string_view name;
        std::string_view kind;
        std::optional<std::int64_t> ownerId;
        std::string_view ownerName;
        std::string_view tier;
        std::optional<std::string_view> previousTier;
        std::optional<double> previousRfms;
        double monetary = 0;
        int scoreR = 1, scoreF = 1, scoreM = 1, scoreS = 1;
        double rfms = 0;
        std::string_view segment;
        std::optional<double> crmv;
        double tierScore = 0;
        std::optional<double> pAlive;
        std::optional<double> clv;
    };

    void reserve(std::size_t rows);
    void add(const Input& row);
    // Puts the rows in report order: best tier first (an unknown tier name
    // last), then by TierScore (highest first) and code.
    void sort();

    std::size_t size() const { return m_rows.size(); }
    // The rows grouped by (tier, tier in the compared run, owner), ordered by
    // those keys.
    std::vector<TierGroupRecord> groups() const;
    // Visits the rows in report order with the columns a report shows (the
    // score's run, recency, frequency, cluster, Q and weight columns are not
    // held); `visit` returns false to stop early.
    void forEach(Rows which, const std::function<bool(const TierReportRowRecord&)>& visit) const;

private:
    using Name = std::uint16_t;           // an index into m_tiers or m_segments
    static constexpr Name kNone = 0xFFFF; // no tier in the compared run

    // One customer in 96 bytes: a row is read from one or two cache lines
    // rather than from a dozen arrays.
    struct Row {
        std::int64_t customerId;
        std::uint64_t textStart; // into m_text: the code, then the name
        double monetary, rfms, tierScore;
        // NaN where the value is NULL (SQLite stores no NaN, so none is lost).
        double crmv, pAlive, clv, previousRfms;
        std::uint32_t owner; // into m_ownerIds and m_ownerNames
        std::uint32_t nameLength;
        Name tier, previousTier, segment;
        std::uint8_t codeLength; // at most 64 (schema)
        std::uint8_t person;
        std::uint8_t scores[4]; // R, F, M, S
    };

    static Name intern(std::vector<std::string>& names, std::string_view name);
    std::uint32_t ownerOf(const std::optional<std::int64_t>& id, std::string_view name);
    std::string_view codeOf(const Row& row) const {
        return std::string_view(m_text).substr(row.textStart, row.codeLength);
    }
    std::string_view nameOf(const Row& row) const {
        return std::string_view(m_text).substr(row.textStart + row.codeLength, row.nameLength);
    }
    static bool moved(const Row& row) {
        return row.previousTier != kNone && row.previousTier != row.tier;
    }

    // Names of tiers (both runs) and segments, each stored once.
    std::vector<std::string> m_tiers;
    std::vector<int> m_tierRank; // per entry of m_tiers
    std::vector<std::string> m_segments;
    std::vector<std::optional<std::int64_t>> m_ownerIds;
    std::vector<std::string> m_ownerNames;

    std::string m_text;
    std::vector<Row> m_rows; // in report order after sort()
};

} // namespace tessera::storage
