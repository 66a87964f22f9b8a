#pragma once

// The SQL of the portfolio list: the WHERE clause a PortfolioQuery becomes,
// the indexed lookups a search becomes, the order and the score join. Used by
// CustomerRepository's list queries.

#include "common/Result.h"
#include "storage/customers/PortfolioQuery.h"
#include "storage/sqlite/Database.h"

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace tessera::storage {

using SqlValue = std::variant<std::int64_t, std::string, Bytes>;
void bindValue(Statement& stmt, int index, const SqlValue& value);

// The WHERE clause and its parameters for a portfolio query.
struct PortfolioFilterSql {
    std::string where;
    std::vector<SqlValue> params;

    void add(const std::string& condition) {
        where += where.empty() ? " WHERE " : " AND ";
        where += condition;
    }
};

// Every way a search can match becomes one indexed lookup of customer ids;
// their union feeds "c.id IN (...)". (An OR of conditions on the customer row
// would scan all of them instead.)
struct SearchLookups {
    std::vector<std::string> lookups;
    std::vector<SqlValue> params;
    // Per lookup: how many of `params` it takes, and a query over those
    // parameters giving a name no lower than any the lookup matches (empty
    // when none is known), so a first page by name can start walking the
    // name index there: the first name with the prefix; the lowest first
    // character of the names a search key belongs to (search_keys.name_start).
    std::vector<std::size_t> paramCounts;
    std::vector<std::string> lowestNameQueries;

    void add(std::string lookup, std::vector<SqlValue> values, std::string lowestNameQuery = {}) {
        lookups.push_back(std::move(lookup));
        paramCounts.push_back(values.size());
        params.insert(params.end(), values.begin(), values.end());
        lowestNameQueries.push_back(std::move(lowestNameQuery));
    }
    bool empty() const { return lookups.empty(); }
    std::string unionSql() const {
        std::string out;
        for (std::size_t i = 0; i < lookups.size(); ++i)
            out += (i ? " UNION ALL " : "") + lookups[i];
        return out;
    }
    // The lookups without a known lowest name.
    SearchLookups unbounded() const;
};

// `onServer`: the team server has no FTS5 table; its substring search reads
// the names themselves.
SearchLookups searchLookups(const PortfolioQuery& q, bool onServer);
bool sortsByScore(PortfolioSort sort);
std::string orderTerms(PortfolioSort sort, bool descending);
std::string scoreJoin(const PortfolioQuery& q);
PortfolioFilterSql portfolioFilter(const PortfolioQuery& q,
                                   const std::optional<std::string>& fromName, bool onServer);
Result<Statement> preparePortfolio(Database& db, const std::string& head, const PortfolioQuery& q,
                                   const std::string& tail,
                                   const std::optional<std::string>& fromName = {});
Result<Statement> prepareLookup(Database& db, const std::string& sql, const SearchLookups& search,
                                const std::vector<SqlValue>& before = {});
// How many ids the lookups give, counting no further than `cap`.
Result<std::int64_t> countUpTo(Database& db, const SearchLookups& search, std::int64_t cap);

// The lowest of the lookups' known lowest names (in NOCASE order); empty when
// none is known or none of those lookups matches.
Result<std::string> lowestKnownName(Database& db, const SearchLookups& search);

} // namespace tessera::storage
