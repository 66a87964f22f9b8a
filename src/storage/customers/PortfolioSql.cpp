#include "storage/customers/PortfolioSql.h"

#include "storage/customers/SearchKeys.h"

#include <algorithm>

namespace tessera::storage {

void bindValue(Statement& stmt, int index, const SqlValue& value) {
    if (const auto* i = std::get_if<std::int64_t>(&value))
        stmt.bind(index, *i);
    else if (const auto* s = std::get_if<std::string>(&value))
        stmt.bind(index, *s);
    else
        stmt.bindBlob(index, std::get<Bytes>(value));
}

namespace {

std::size_t codepointCount(std::string_view text) {
    std::size_t n = 0;
    for (unsigned char c : text)
        if ((c & 0xC0) != 0x80)
            ++n;
    return n;
}

std::string ftsPhrase(std::string_view text) {
    std::string phrase = "\"";
    for (char c : text) {
        if (c == '"')
            phrase += "\"\"";
        else
            phrase += c;
    }
    return phrase + "\"";
}

std::string likeEscaped(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '%' || c == '_' || c == '\\')
            out += '\\';
        out += c;
    }
    return out;
}

// SQLite's NOCASE order: ASCII letters folded, every other byte as it is.
int compareNoCase(std::string_view a, std::string_view b) {
    const auto fold = [](char c) {
        return static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    };
    for (std::size_t i = 0; i < std::min(a.size(), b.size()); ++i)
        if (fold(a[i]) != fold(b[i]))
            return fold(a[i]) < fold(b[i]) ? -1 : 1;
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

// The first text after every text that starts with `prefix`: appending the
// largest code point keeps the range inside the prefix.
std::string prefixEnd(std::string_view prefix) {
    return std::string(prefix) + "\xF4\x8F\xBF\xBF";
}

const char* sortExpression(PortfolioSort sort) {
    switch (sort) {
    case PortfolioSort::Code: return "c.code";
    case PortfolioSort::Name: return "c.name COLLATE NOCASE";
    case PortfolioSort::Kind: return "c.kind";
    case PortfolioSort::Industry: return "c.industry";
    case PortfolioSort::Region: return "c.region";
    case PortfolioSort::Owner: return "c.owner_id";
    case PortfolioSort::Lifecycle: return "c.lifecycle";
    case PortfolioSort::Risk: return "c.risk";
    case PortfolioSort::UpdatedAt: return "c.updated_at";
    case PortfolioSort::Loyalty:
        return "CASE c.loyalty WHEN 'awareness' THEN 0 WHEN 'evaluation' THEN 1 "
               "WHEN 'commitment' THEN 2 ELSE 3 END";
    case PortfolioSort::Health: return "c.health IS NULL, -c.health";
    // Best first when ascending; customers without scores sort last either way.
    case PortfolioSort::Tier: return "s.tier_score IS NULL, -s.tier_score";
    case PortfolioSort::RfmCode:
        return "s.score_r IS NULL, -s.score_r, -s.score_f, -s.score_m, -s.score_s";
    case PortfolioSort::Segment: return "s.segment IS NULL, s.segment";
    case PortfolioSort::Rfms: return "s.rfms IS NULL, -s.rfms";
    case PortfolioSort::Crmv: return "s.crmv IS NULL, -s.crmv";
    case PortfolioSort::Clv: return "s.clv IS NULL, -s.clv";
    case PortfolioSort::PAlive: return "s.p_alive IS NULL, -s.p_alive";
    }
    return "c.name COLLATE NOCASE";
}

} // namespace

namespace {

std::string placeholders(std::size_t n) {
    std::string out;
    for (std::size_t i = 0; i < n; ++i)
        out += i ? ",?" : "?";
    return out;
}

} // namespace

SearchLookups SearchLookups::unbounded() const {
    SearchLookups rest;
    std::size_t param = 0;
    for (std::size_t i = 0; i < lookups.size(); ++i) {
        const auto first = params.begin() + static_cast<std::ptrdiff_t>(param);
        param += paramCounts[i];
        if (lowestNameQueries[i].empty())
            rest.add(lookups[i], {first, params.begin() + static_cast<std::ptrdiff_t>(param)});
    }
    return rest;
}

SearchLookups searchLookups(const PortfolioQuery& q, bool onServer) {
    SearchLookups out;
    const auto prefix = [](const std::string& text) {
        return std::vector<SqlValue>{text, prefixEnd(text)};
    };
    constexpr const char* kCodePrefix = "SELECT id FROM customers WHERE code >= ? AND code < ?";
    if (!q.search.empty() && q.searchCodesOnly) {
        out.add(kCodePrefix, prefix(q.search));
    } else if (!q.search.empty() && codepointCount(q.search) >= 3 && onServer) {
        // What the trigram FTS5 table finds in the file: the text anywhere in
        // a name, a code or a contact's name, ignoring ASCII case (LIKE).
        const std::string anywhere = "%" + likeEscaped(q.search) + "%";
        out.add("SELECT id FROM customers WHERE name LIKE ? ESCAPE '\\' OR code LIKE ? "
                "ESCAPE '\\'",
                {anywhere, anywhere});
        out.add("SELECT customer_id FROM contacts WHERE name LIKE ? ESCAPE '\\'", {anywhere});
    } else if (!q.search.empty() && codepointCount(q.search) >= 3) {
        out.add("SELECT rowid FROM customer_search WHERE customer_search MATCH ?",
                {ftsPhrase(q.search)});
    } else if (!q.search.empty()) {
        out.add("SELECT id FROM customers WHERE name >= ? COLLATE NOCASE AND "
                "name < ? COLLATE NOCASE",
                prefix(q.search),
                "SELECT name FROM customers WHERE name >= ? COLLATE NOCASE AND "
                "name < ? COLLATE NOCASE ORDER BY name COLLATE NOCASE LIMIT 1");
        out.add(kCodePrefix, prefix(q.search));
        out.add("SELECT customer_id FROM contacts WHERE name >= ? COLLATE NOCASE AND "
                "name < ? COLLATE NOCASE",
                prefix(q.search));
    }
    // Chinese names by pinyin or initials, and by a two-character word
    // anywhere in the name (SearchKeys).
    constexpr const char* kKeyEquals = "SELECT customer_id FROM search_keys WHERE key = ?";
    const auto pinyin = q.searchCodesOnly ? std::nullopt : pinyinSearchKey(q.search);
    const auto bigram = q.searchCodesOnly ? std::nullopt : bigramSearchKey(q.search);
    if (pinyin)
        out.add("SELECT customer_id FROM search_keys WHERE key >= ? AND key < ?", prefix(*pinyin),
                "SELECT min(name_start COLLATE NOCASE) FROM search_keys "
                "WHERE key >= ? AND key < ?");
    if (bigram) {
        out.add(kKeyEquals, {*bigram},
                "SELECT min(name_start COLLATE NOCASE) FROM search_keys WHERE key = ?");
        out.add(kKeyEquals, {std::string(kNotHanFirstMark) + *bigram});
    }
    for (const Bytes& hash : q.searchHashes) {
        for (const char* lookup : {"SELECT id FROM customers WHERE phone_hash = ?",
                                   "SELECT id FROM customers WHERE email_hash = ?",
                                   "SELECT customer_id FROM contacts WHERE phone_hash = ?",
                                   "SELECT customer_id FROM contacts WHERE email_hash = ?"})
            out.add(lookup, {hash});
    }
    return out;
}

namespace {

void addSearch(PortfolioFilterSql& sql, const PortfolioQuery& q, bool onServer) {
    SearchLookups search = searchLookups(q, onServer);
    if (search.empty())
        return;
    sql.add("c.id IN (" + search.unionSql() + ")");
    sql.params.insert(sql.params.end(), search.params.begin(), search.params.end());
}

} // namespace

bool sortsByScore(PortfolioSort sort) {
    return sort >= PortfolioSort::Tier;
}

// Each term of the sort expression, reversed when descending, except the
// "IS NULL" terms that keep unscored customers last; the id breaks ties.
std::string orderTerms(PortfolioSort sort, bool descending) {
    std::string out;
    const std::string expression = sortExpression(sort);
    std::size_t start = 0;
    while (start <= expression.size()) {
        std::size_t comma = expression.find(", ", start);
        if (comma == std::string::npos)
            comma = expression.size();
        const std::string term = expression.substr(start, comma - start);
        const bool nullsLast = term.find("IS NULL") != std::string::npos;
        out += (out.empty() ? "" : ", ") + term + (descending && !nullsLast ? " DESC" : "");
        start = comma + 2;
    }
    return out + ", c.id" + (descending ? " DESC" : "");
}

// The join that brings in the chosen run's scores, when the query needs them.
std::string scoreJoin(const PortfolioQuery& q) {
    const bool needed =
        q.scoreRunId && (!q.tier.empty() || !q.segment.empty() || sortsByScore(q.sort));
    if (!needed)
        return {};
    return " LEFT JOIN customer_scores s ON s.run_id = " + std::to_string(*q.scoreRunId) +
           " AND s.customer_id = c.id";
}

PortfolioFilterSql portfolioFilter(const PortfolioQuery& q,
                                   const std::optional<std::string>& fromName, bool onServer) {
    PortfolioFilterSql sql;
    // Without a run there are no scores, so a score filter matches nothing.
    const std::pair<const std::string*, const char*> scoreFilters[] = {{&q.tier, "s.tier"},
                                                                       {&q.segment, "s.segment"}};
    for (const auto& [value, column] : scoreFilters) {
        if (value->empty())
            continue;
        if (!q.scoreRunId) {
            sql.add("0");
            continue;
        }
        sql.add(std::string(column) + " = ?");
        sql.params.emplace_back(*value);
    }
    if (q.visibleOwners) {
        sql.add("c.owner_id IN (" + placeholders(q.visibleOwners->size()) + ")");
        for (std::int64_t owner : *q.visibleOwners)
            sql.params.emplace_back(owner);
    }
    if (q.ownerId) {
        sql.add("c.owner_id = ?");
        sql.params.emplace_back(*q.ownerId);
    }
    if (q.unassignedOnly)
        sql.add("c.owner_id IS NULL");
    if (!q.tag.empty()) {
        sql.add("c.id IN (SELECT customer_id FROM customer_tags WHERE tag = ?)");
        sql.params.emplace_back(q.tag);
    }
    if (!q.lifecycle.empty()) {
        sql.add("c.lifecycle = ?");
        sql.params.emplace_back(q.lifecycle);
    }
    if (!q.loyalty.empty()) {
        sql.add("c.loyalty = ?");
        sql.params.emplace_back(q.loyalty);
    }
    if (q.healthBelow) {
        sql.add("c.health < ?");
        sql.params.emplace_back(static_cast<std::int64_t>(*q.healthBelow));
    }
    if (!q.includeArchived)
        sql.add("c.archived = 0");
    if (q.customerIds) {
        // One parameter however many ids: a JSON array that json_each reads.
        std::string ids = "[";
        for (std::int64_t id : *q.customerIds)
            ids += (ids.size() > 1 ? "," : "") + std::to_string(id);
        sql.add("c.id IN (SELECT value FROM json_each(?))");
        sql.params.emplace_back(ids + "]");
    }
    addSearch(sql, q, onServer);
    if (fromName) {
        sql.add("c.name >= ? COLLATE NOCASE");
        sql.params.emplace_back(*fromName);
    }
    return sql;
}

Result<Statement> preparePortfolio(Database& db, const std::string& head, const PortfolioQuery& q,
                                   const std::string& tail,
                                   const std::optional<std::string>& fromName) {
    const PortfolioFilterSql filter = portfolioFilter(q, fromName, db.isServer());
    auto stmt = db.prepare(head + filter.where + tail);
    if (!stmt)
        return stmt.error();
    for (std::size_t i = 0; i < filter.params.size(); ++i)
        bindValue(*stmt, static_cast<int>(i + 1), filter.params[i]);
    return stmt;
}

Result<Statement> prepareLookup(Database& db, const std::string& sql, const SearchLookups& search,
                                const std::vector<SqlValue>& before) {
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    int index = 1;
    for (const auto* values : {&before, &search.params})
        for (const SqlValue& value : *values)
            bindValue(*stmt, index++, value);
    return stmt;
}

// How many ids the lookups give, counting no further than `cap`.
Result<std::int64_t> countUpTo(Database& db, const SearchLookups& search, std::int64_t cap) {
    if (search.empty())
        return 0;
    auto stmt = prepareLookup(db,
                              "SELECT count(*) FROM (" + search.unionSql() + " LIMIT " +
                                  std::to_string(cap) + ") AS found",
                              search);
    if (!stmt)
        return stmt.error();
    TESSERA_TRY(stmt->step());
    return stmt->int64(0);
}

Result<std::string> lowestKnownName(Database& db, const SearchLookups& search) {
    std::string lowest;
    const auto consider = [&](std::string_view name) {
        if (!name.empty() && (lowest.empty() || compareNoCase(name, lowest) < 0))
            lowest = name;
    };
    std::size_t param = 0;
    for (std::size_t i = 0; i < search.lookups.size(); ++i) {
        const std::string& query = search.lowestNameQueries[i];
        if (!query.empty()) {
            auto stmt = db.prepare(query);
            if (!stmt)
                return stmt.error();
            for (std::size_t k = 0; k < search.paramCounts[i]; ++k)
                bindValue(*stmt, static_cast<int>(k + 1), search.params[param + k]);
            auto row = stmt->step();
            if (!row)
                return row.error();
            if (*row && !stmt->isNull(0))
                consider(stmt->textView(0));
        }
        param += search.paramCounts[i];
    }
    return lowest;
}

} // namespace tessera::storage
