#include "storage/customers/CustomerRepository.h"

#include "storage/customers/CustomerColumns.h"
#include "storage/scoring/ScoringRepository.h"

#include <variant>

namespace tessera::storage {
namespace {

using SqlValue = std::variant<std::int64_t, std::string, Bytes>;

void bindValue(Statement& stmt, int index, const SqlValue& value) {
    if (const auto* i = std::get_if<std::int64_t>(&value))
        stmt.bind(index, *i);
    else if (const auto* s = std::get_if<std::string>(&value))
        stmt.bind(index, *s);
    else
        stmt.bindBlob(index, std::get<Bytes>(value));
}

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

// The WHERE clause and its parameters for a portfolio query.
struct PortfolioFilterSql {
    std::string where;
    std::vector<SqlValue> params;

    void add(const std::string& condition) {
        where += where.empty() ? " WHERE " : " AND ";
        where += condition;
    }
};

std::string placeholders(std::size_t n) {
    std::string out;
    for (std::size_t i = 0; i < n; ++i)
        out += i ? ",?" : "?";
    return out;
}

// Every way a search can match becomes one indexed lookup of customer ids;
// their union feeds "c.id IN (...)". (An OR of conditions on the customer row
// would scan all of them instead.)
struct SearchLookups {
    std::vector<std::string> lookups;
    std::vector<SqlValue> params;
    // The first lookup is the name-prefix range, with the prefix as its first parameter.
    bool startsWithNamePrefix = false;

    bool empty() const { return lookups.empty(); }
    std::string unionSql() const {
        std::string out;
        for (std::size_t i = 0; i < lookups.size(); ++i)
            out += (i ? " UNION ALL " : "") + lookups[i];
        return out;
    }
    // The same without the name-prefix range (its two parameters dropped).
    SearchLookups withoutNamePrefix() const {
        SearchLookups rest;
        rest.lookups.assign(lookups.begin() + 1, lookups.end());
        rest.params.assign(params.begin() + 2, params.end());
        return rest;
    }
};

SearchLookups searchLookups(const PortfolioQuery& q) {
    SearchLookups out;
    const auto addPrefix = [&](const char* lookup) {
        out.lookups.emplace_back(lookup);
        out.params.emplace_back(q.search);
        out.params.emplace_back(prefixEnd(q.search));
    };
    constexpr const char* kCodePrefix = "SELECT id FROM customers WHERE code >= ? AND code < ?";
    if (!q.search.empty() && q.searchCodesOnly) {
        addPrefix(kCodePrefix);
    } else if (!q.search.empty() && codepointCount(q.search) >= 3) {
        out.lookups.emplace_back("SELECT rowid FROM customer_search WHERE customer_search MATCH ?");
        out.params.emplace_back(ftsPhrase(q.search));
    } else if (!q.search.empty()) {
        addPrefix("SELECT id FROM customers WHERE name >= ? COLLATE NOCASE AND "
                  "name < ? COLLATE NOCASE");
        out.startsWithNamePrefix = true;
        addPrefix(kCodePrefix);
        addPrefix("SELECT customer_id FROM contacts WHERE name >= ? COLLATE NOCASE AND "
                  "name < ? COLLATE NOCASE");
    }
    for (const Bytes& hash : q.searchHashes) {
        for (const char* lookup : {"SELECT id FROM customers WHERE phone_hash = ?",
                                   "SELECT id FROM customers WHERE email_hash = ?",
                                   "SELECT customer_id FROM contacts WHERE phone_hash = ?",
                                   "SELECT customer_id FROM contacts WHERE email_hash = ?"}) {
            out.lookups.emplace_back(lookup);
            out.params.emplace_back(hash);
        }
    }
    return out;
}

void addSearch(PortfolioFilterSql& sql, const PortfolioQuery& q) {
    SearchLookups search = searchLookups(q);
    if (search.empty())
        return;
    sql.add("c.id IN (" + search.unionSql() + ")");
    sql.params.insert(sql.params.end(), search.params.begin(), search.params.end());
}

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
                                   const std::optional<std::string>& fromName) {
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
    addSearch(sql, q);
    if (fromName) {
        sql.add("c.name >= ? COLLATE NOCASE");
        sql.params.emplace_back(*fromName);
    }
    return sql;
}

Result<Statement> preparePortfolio(Database& db, const std::string& head, const PortfolioQuery& q,
                                   const std::string& tail,
                                   const std::optional<std::string>& fromName = {}) {
    const PortfolioFilterSql filter = portfolioFilter(q, fromName);
    auto stmt = db.prepare(head + filter.where + tail);
    if (!stmt)
        return stmt.error();
    for (std::size_t i = 0; i < filter.params.size(); ++i)
        bindValue(*stmt, static_cast<int>(i + 1), filter.params[i]);
    return stmt;
}

constexpr const char* kCustomerColumns =
    "id, code, name, kind, industry, region, channel, owner_id, lifecycle, risk, "
    "consent_channels, contact_frequency, unsubscribed, phone, email, id_number, address, notes, "
    "archived, created_at, updated_at, version";

Result<CustomerRecord> readCustomer(const Statement& s, const FieldCipher& cipher) {
    CustomerRecord c;
    c.id = s.int64(0);
    c.code = s.text(1);
    c.name = s.text(2);
    c.kind = s.text(3);
    c.industry = s.text(4);
    c.region = s.text(5);
    c.channel = s.text(6);
    c.ownerId = s.optionalInt64(7);
    c.lifecycle = s.text(8);
    c.risk = s.text(9);
    c.consentChannels = s.text(10);
    c.contactFrequency = s.text(11);
    c.unsubscribed = s.int64(12) != 0;
    const std::pair<std::optional<std::string>*, const char*> secrets[] = {
        {&c.phone, kCustomerPhoneLabel},
        {&c.email, kCustomerEmailLabel},
        {&c.idNumber, kCustomerIdNumberLabel},
        {&c.address, kCustomerAddressLabel},
        {&c.notes, kCustomerNotesLabel}};
    int column = 13;
    for (const auto& [field, label] : secrets) {
        auto plain = cipher.decryptOptional(optionalBlob(s, column++), label);
        if (!plain)
            return plain.error();
        *field = std::move(*plain);
    }
    c.archived = s.int64(18) != 0;
    c.createdAt = s.int64(19);
    c.updatedAt = s.int64(20);
    c.version = s.int64(21);
    return c;
}

} // namespace

Result<std::int64_t> CustomerRepository::insert(const CustomerRecord& customer) {
    auto writer = CustomerWriter::create(m_db, m_cipher);
    if (!writer)
        return writer.error();
    return writer->insert(customer);
}

Status CustomerRepository::update(const CustomerRecord& c) {
    auto stmt = m_db.prepare(
        "UPDATE customers SET code = ?, name = ?, kind = ?, industry = ?, region = ?, channel = ?, "
        "owner_id = ?, lifecycle = ?, risk = ?, consent_channels = ?, contact_frequency = ?, "
        "unsubscribed = ?, phone = ?, email = ?, id_number = ?, address = ?, notes = ?, "
        "phone_hash = ?, email_hash = ?, archived = ?, updated_at = ?, version = version + 1 "
        "WHERE id = ? AND version = ?");
    if (!stmt)
        return stmt.error();
    bindCustomerFields(*stmt, 1, c, m_cipher);
    stmt->bind(22, c.id).bind(23, c.version);
    TESSERA_TRY(stmt->run());
    if (m_db.changes() == 0)
        return makeError(ErrorCode::Conflict,
                         "the customer was changed or removed by someone else; reload it and "
                         "apply your change again");
    auto writer = CustomerWriter::create(m_db, m_cipher);
    if (!writer)
        return writer.error();
    auto clearTags = m_db.prepare("DELETE FROM customer_tags WHERE customer_id = ?");
    if (!clearTags)
        return clearTags.error();
    clearTags->bind(1, c.id);
    TESSERA_TRY(clearTags->run());
    TESSERA_TRY(writer->insertTags(c.id, c.tags));
    auto clearContacts = m_db.prepare("DELETE FROM contacts WHERE customer_id = ?");
    if (!clearContacts)
        return clearContacts.error();
    clearContacts->bind(1, c.id);
    TESSERA_TRY(clearContacts->run());
    TESSERA_TRY(writer->insertContacts(c.id, c.contacts));
    auto search =
        m_db.prepare("UPDATE customer_search SET name = ?, code = ?, contacts = ? WHERE rowid = ?");
    if (!search)
        return search.error();
    search->bind(1, c.name).bind(2, c.code).bind(3, contactNames(c.contacts)).bind(4, c.id);
    return search->run();
}

Result<std::optional<CustomerRecord>> CustomerRepository::findById(std::int64_t id) {
    auto stmt =
        m_db.prepare(std::string("SELECT ") + kCustomerColumns + " FROM customers WHERE id = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<CustomerRecord>{};
    auto customer = readCustomer(*stmt, m_cipher);
    if (!customer)
        return customer.error();
    auto tags = tagsOf(id);
    if (!tags)
        return tags.error();
    customer->tags = std::move(*tags);
    auto contacts = contactsOf(id);
    if (!contacts)
        return contacts.error();
    customer->contacts = std::move(*contacts);
    return std::optional<CustomerRecord>(std::move(*customer));
}

Result<std::optional<std::int64_t>> CustomerRepository::idForCode(const std::string& code) {
    auto stmt = m_db.prepare("SELECT id FROM customers WHERE code = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, code);
    return stmt->first([](const Statement& s) { return s.int64(0); });
}

Result<std::optional<std::optional<std::int64_t>>> CustomerRepository::ownerOf(std::int64_t id) {
    auto stmt = m_db.prepare("SELECT owner_id FROM customers WHERE id = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    return stmt->first([](const Statement& s) { return s.optionalInt64(0); });
}

Status CustomerRepository::setArchived(std::int64_t id, bool archived, std::int64_t now) {
    auto stmt = m_db.prepare("UPDATE customers SET archived = ?, updated_at = ?, "
                             "version = version + 1 WHERE id = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, archived ? 1 : 0).bind(2, now).bind(3, id);
    return stmt->run();
}

Status CustomerRepository::setOwner(std::int64_t id, std::optional<std::int64_t> ownerId,
                                    std::int64_t now) {
    auto stmt = m_db.prepare("UPDATE customers SET owner_id = ?, updated_at = ?, "
                             "version = version + 1 WHERE id = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, ownerId).bind(2, now).bind(3, id);
    return stmt->run();
}

Result<CustomerCodeIndex> CustomerRepository::codeIndex() {
    auto count = m_db.queryInt64("SELECT count(*) FROM customers");
    if (!count)
        return count.error();
    auto stmt = m_db.prepare("SELECT code, id FROM customers");
    if (!stmt)
        return stmt.error();
    CustomerCodeIndex index;
    index.reserve(static_cast<std::size_t>(*count) + 1024);
    TESSERA_TRY(
        stmt->forEachRow([&](const Statement& s) { index.insert(s.textView(0), s.int64(1)); }));
    return index;
}

namespace {

Result<Statement> prepareLookup(Database& db, const std::string& sql, const SearchLookups& search,
                                const std::vector<SqlValue>& before = {}) {
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
    auto stmt = prepareLookup(
        db, "SELECT count(*) FROM (" + search.unionSql() + " LIMIT " + std::to_string(cap) + ")",
        search);
    if (!stmt)
        return stmt.error();
    TESSERA_TRY(stmt->step());
    return stmt->int64(0);
}

} // namespace

// A first page by name for a search. Few matches are looked up and sorted.
// Many are found by walking the name index in order until the page is full;
// for a name prefix the walk starts at the first name that can match, since
// names starting with, say, "Zh" sit together far into the index.
Result<CustomerRepository::FirstPagePlan>
CustomerRepository::firstPagePlan(const PortfolioQuery& q) {
    constexpr std::int64_t kFewMatches = 2000;
    const SearchLookups search = searchLookups(q);
    auto matches = countUpTo(m_db, search, kFewMatches + 1);
    if (!matches)
        return matches.error();
    if (*matches <= kFewMatches)
        return FirstPagePlan{false, {}};
    if (!search.startsWithNamePrefix || q.descending)
        return FirstPagePlan{true, {}};
    const SearchLookups others = search.withoutNamePrefix();
    auto otherMatches = countUpTo(m_db, others, kFewMatches + 1);
    if (!otherMatches)
        return otherMatches.error();
    if (*otherMatches > kFewMatches)
        return FirstPagePlan{true, {}};
    auto first = prepareLookup(m_db,
                               "SELECT min(x COLLATE NOCASE) FROM (SELECT ? AS x UNION ALL "
                               "SELECT name FROM customers WHERE id IN (" +
                                   others.unionSql() + "))",
                               others, {SqlValue(q.search)});
    if (!first)
        return first.error();
    TESSERA_TRY(first->step());
    return FirstPagePlan{true, first->text(0)};
}

Result<std::vector<std::int64_t>> CustomerRepository::queryIds(const PortfolioQuery& q) {
    std::string order = " ORDER BY " + orderTerms(q.sort, q.descending);
    if (q.limit)
        order += " LIMIT " + std::to_string(*q.limit);
    // A first page by name can walk the covering name index in order and stop
    // after `limit` matches; left alone, SQLite would collect and sort every
    // match of a broad search first.
    FirstPagePlan plan{q.limit && q.sort == PortfolioSort::Name, {}};
    if (plan.walkNameIndex && !searchLookups(q).empty()) {
        auto chosen = firstPagePlan(q);
        if (!chosen)
            return chosen.error();
        plan = *chosen;
    }
    const std::string from =
        plan.walkNameIndex ? "SELECT c.id FROM customers c INDEXED BY customers_name" + scoreJoin(q)
                           : "SELECT c.id FROM customers c" + scoreJoin(q);
    auto stmt = preparePortfolio(m_db, from, q, order, plan.fromName);
    if (!stmt)
        return stmt.error();
    return stmt->collect([](const Statement& s) { return s.int64(0); });
}

Result<std::int64_t> CustomerRepository::count(const PortfolioQuery& q) {
    auto stmt = preparePortfolio(m_db, "SELECT count(*) FROM customers c" + scoreJoin(q), q, "");
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    return stmt->int64(0);
}

Result<std::vector<CustomerListRow>>
CustomerRepository::listRows(std::span<const std::int64_t> ids,
                             std::optional<std::int64_t> scoreRunId) {
    auto stmt = m_db.prepare(
        "SELECT c.id, c.code, c.name, c.kind, c.industry, c.region, c.owner_id, "
        "coalesce(u.display_name, ''), c.lifecycle, c.risk, "
        "coalesce((SELECT group_concat(tag, ', ') FROM customer_tags WHERE customer_id = c.id), "
        "''), "
        "c.archived, c.updated_at FROM customers c LEFT JOIN users u ON u.id = c.owner_id "
        "WHERE c.id = ?");
    if (!stmt)
        return stmt.error();
    std::vector<CustomerListRow> rows;
    rows.reserve(ids.size());
    for (std::int64_t id : ids) {
        stmt->reset();
        stmt->bind(1, id);
        auto found = stmt->first([](const Statement& s) {
            CustomerListRow r;
            r.id = s.int64(0);
            r.code = s.text(1);
            r.name = s.text(2);
            r.kind = s.text(3);
            r.industry = s.text(4);
            r.region = s.text(5);
            r.ownerId = s.optionalInt64(6);
            r.ownerName = s.text(7);
            r.lifecycle = s.text(8);
            r.risk = s.text(9);
            r.tags = s.text(10);
            r.archived = s.int64(11) != 0;
            r.updatedAt = s.int64(12);
            return r;
        });
        if (!found)
            return found.error();
        if (*found)
            rows.push_back(std::move(**found));
    }
    if (scoreRunId) {
        auto scores = ScoringRepository(m_db).scoresOf(*scoreRunId, ids);
        if (!scores)
            return scores.error();
        for (CustomerListRow& row : rows)
            if (auto it = scores->find(row.id); it != scores->end())
                row.score = std::move(it->second);
    }
    return rows;
}

Result<std::vector<std::string>> CustomerRepository::allTags() {
    auto stmt = m_db.prepare("SELECT DISTINCT tag FROM customer_tags ORDER BY tag");
    if (!stmt)
        return stmt.error();
    return stmt->collect([](const Statement& s) { return s.text(0); });
}

Result<std::vector<std::int64_t>>
CustomerRepository::findSimilar(const std::string& name, const std::optional<std::string>& phone,
                                const std::optional<std::string>& email, std::int64_t excludeId) {
    auto stmt = m_db.prepare(
        "SELECT id FROM customers WHERE id <> ?1 AND (name = ?2 COLLATE NOCASE "
        "OR (?3 IS NOT NULL AND phone_hash = ?3) OR (?4 IS NOT NULL AND email_hash = ?4)) "
        "ORDER BY id LIMIT 20");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, excludeId).bind(2, name);
    bindOptionalBlob(*stmt, 3, phoneHash(m_cipher, phone));
    bindOptionalBlob(*stmt, 4, emailHash(m_cipher, email));
    return stmt->collect([](const Statement& s) { return s.int64(0); });
}

Result<bool> CustomerRepository::hasActivity(std::int64_t id) {
    auto stmt = m_db.prepare("SELECT EXISTS (SELECT 1 FROM transactions WHERE customer_id = ?1) "
                             "OR EXISTS (SELECT 1 FROM interactions WHERE customer_id = ?1) "
                             "OR EXISTS (SELECT 1 FROM survey_responses WHERE customer_id = ?1) "
                             "OR EXISTS (SELECT 1 FROM tickets WHERE customer_id = ?1) "
                             "OR EXISTS (SELECT 1 FROM follow_ups WHERE customer_id = ?1)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    auto row = stmt->first([](const Statement& s) { return s.int64(0) != 0; });
    if (!row)
        return row.error();
    return row->value_or(false);
}

Status CustomerRepository::remove(std::int64_t id) {
    for (const char* sql :
         {"DELETE FROM customer_search WHERE rowid = ?", "DELETE FROM customers WHERE id = ?"}) {
        auto stmt = m_db.prepare(sql);
        if (!stmt)
            return stmt.error();
        stmt->bind(1, id);
        TESSERA_TRY(stmt->run());
    }
    return {};
}

Result<std::vector<ContactRecord>> CustomerRepository::contactsOf(std::int64_t customerId) {
    auto stmt = m_db.prepare("SELECT id, customer_id, name, role, phone, email, is_primary "
                             "FROM contacts WHERE customer_id = ? ORDER BY is_primary DESC, id");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, customerId);
    std::vector<ContactRecord> contacts;
    Status decrypted;
    TESSERA_TRY(stmt->forEachRow([&](const Statement& s) {
        ContactRecord c;
        c.id = s.int64(0);
        c.customerId = s.int64(1);
        c.name = s.text(2);
        c.role = s.text(3);
        auto phone = m_cipher.decryptOptional(optionalBlob(s, 4), kContactPhoneLabel);
        auto email = m_cipher.decryptOptional(optionalBlob(s, 5), kContactEmailLabel);
        if (!phone || !email) {
            decrypted = !phone ? phone.error() : email.error();
            return;
        }
        c.phone = std::move(*phone);
        c.email = std::move(*email);
        c.isPrimary = s.int64(6) != 0;
        contacts.push_back(std::move(c));
    }));
    if (!decrypted)
        return decrypted.error();
    return contacts;
}

Result<std::vector<std::string>> CustomerRepository::tagsOf(std::int64_t customerId) {
    auto stmt = m_db.prepare("SELECT tag FROM customer_tags WHERE customer_id = ? ORDER BY tag");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, customerId);
    return stmt->collect([](const Statement& s) { return s.text(0); });
}

} // namespace tessera::storage
