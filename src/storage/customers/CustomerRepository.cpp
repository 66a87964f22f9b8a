#include "storage/customers/CustomerRepository.h"

#include "storage/customers/CustomerColumns.h"
#include "storage/customers/NameKey.h"
#include "storage/customers/PortfolioSql.h"
#include "storage/customers/SearchKeyIndex.h"
#include "storage/scoring/ScoringRepository.h"
#include "storage/sqlite/IdList.h"

#include <algorithm>
#include <unordered_map>

namespace tessera::storage {
namespace {

// Ids written into one statement's IN list when reading a page of rows.
constexpr std::size_t kIdsPerStatement = 500;

constexpr const char* kCustomerColumns =
    "id, code, name, kind, industry, region, channel, owner_id, lifecycle, risk, "
    "consent_channels, contact_frequency, unsubscribed, phone, email, id_number, address, notes, "
    "archived, created_at, updated_at, version, loyalty, health";

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
    c.loyalty = s.text(22);
    if (!s.isNull(23))
        c.health = s.int32(23);
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
    // The search keys of the name as it was, to remove once the update went in.
    auto oldName = m_db.prepare("SELECT name FROM customers WHERE id = ?");
    if (!oldName)
        return oldName.error();
    oldName->bind(1, c.id);
    auto previous = oldName->first([](const Statement& s) { return s.text(0); });
    if (!previous)
        return previous.error();
    auto stmt = m_db.prepare(
        "UPDATE customers SET code = ?, name = ?, kind = ?, industry = ?, region = ?, channel = ?, "
        "owner_id = ?, lifecycle = ?, risk = ?, consent_channels = ?, contact_frequency = ?, "
        "unsubscribed = ?, phone = ?, email = ?, id_number = ?, address = ?, notes = ?, "
        "phone_hash = ?, email_hash = ?, id_number_hash = ?, name_key = ?, archived = ?, "
        "updated_at = ?, version = version + 1 WHERE id = ? AND version = ?");
    if (!stmt)
        return stmt.error();
    bindCustomerFields(*stmt, 1, c, m_cipher);
    stmt->bind(kCustomerSharedFields + 1, c.id).bind(kCustomerSharedFields + 2, c.version);
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
    TESSERA_TRY(search->run());
    if (previous->value_or(c.name) == c.name)
        return {};
    auto keys = SearchKeyWriter::create(m_db);
    if (!keys)
        return keys.error();
    TESSERA_TRY(keys->remove(c.id, **previous));
    return keys->add(c.id, c.name);
}

// Every column, with the personal ones NULL where the server keeps them from
// the login role (an analyst's: the application masks them anyway).
std::string CustomerRepository::readableCustomerColumns() {
    if (m_db.mayRead("customers", "phone"))
        return kCustomerColumns;
    std::string columns;
    std::string_view rest = kCustomerColumns;
    while (!rest.empty()) {
        const auto comma = rest.find(", ");
        const std::string column(rest.substr(0, comma));
        rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 2);
        columns += (columns.empty() ? "" : ", ") + m_db.readableColumn("customers", column);
    }
    return columns;
}

Result<std::optional<CustomerRecord>> CustomerRepository::findById(std::int64_t id) {
    auto stmt =
        m_db.prepare("SELECT " + readableCustomerColumns() + " FROM customers WHERE id = ?");
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
    // A merged customer's code (customer_aliases) names the customer it went
    // into. A server answers for customers its row-level security hides too
    // (whose commands are then refused, not "not found"; whose codes are taken).
    auto stmt =
        m_db.prepare(m_db.isServer() ? "SELECT * FROM tessera_customer_id(?1)"
                                     : "SELECT id FROM customers WHERE code = ?1 UNION ALL "
                                       "SELECT customer_id FROM customer_aliases WHERE code = ?1");
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
    auto owner = stmt->first([](const Statement& s) { return s.optionalInt64(0); });
    if (!owner || *owner || !m_db.isServer())
        return owner;
    // The server's row-level security hides other users' customers; one that
    // exists is someone else's, which no user has the id 0 of.
    auto exists = m_db.prepare("SELECT CASE WHEN tessera_customer_exists(?) THEN 1 ELSE 0 END");
    if (!exists)
        return exists.error();
    exists->bind(1, id);
    auto found = exists->first([](const Statement& s) { return s.int64(0) != 0; });
    if (!found)
        return found.error();
    if (found->value_or(false))
        return std::optional<std::optional<std::int64_t>>(std::optional<std::int64_t>(0));
    return owner;
}

Result<std::optional<std::int64_t>> CustomerRepository::customerOfRow(const std::string& table,
                                                                      std::int64_t id) {
    if (!m_db.isServer())
        return std::optional<std::int64_t>{};
    auto stmt = m_db.prepare("SELECT * FROM tessera_customer_of(?1, ?2)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, table).bind(2, id);
    return stmt->first([](const Statement& s) { return s.int64(0); });
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
    // Then merged customers' codes, naming the customers they went into.
    auto aliases = m_db.prepare("SELECT code, customer_id FROM customer_aliases");
    if (!aliases)
        return aliases.error();
    TESSERA_TRY(
        aliases->forEachRow([&](const Statement& s) { index.insert(s.textView(0), s.int64(1)); }));
    return index;
}

// A first page by name for a search. Few matches are looked up and sorted.
// Many are found by walking the name index in order until the page is full,
// starting at the lowest name that can match: each lookup either knows a
// lowest name (a name prefix: names starting with, say, "Zh" sit together far
// into the index; the search keys store their name's first character, so the
// keys "zhang..." tell that no name before 张 matches) or must have few
// matches, whose lowest name is looked up.
Result<CustomerRepository::FirstPagePlan>
CustomerRepository::firstPagePlan(const PortfolioQuery& q) {
    constexpr std::int64_t kFewMatches = 2000;
    const SearchLookups search = searchLookups(q, m_db.isServer());
    auto matches = countUpTo(m_db, search, kFewMatches + 1);
    if (!matches)
        return matches.error();
    if (*matches <= kFewMatches)
        return FirstPagePlan{false, {}};
    if (q.descending)
        return FirstPagePlan{true, {}};
    auto lowest = lowestKnownName(m_db, search);
    if (!lowest)
        return lowest.error();
    const std::string known = std::move(*lowest);
    if (known.empty())
        return FirstPagePlan{true, {}};
    const SearchLookups others = search.unbounded();
    if (others.empty())
        return FirstPagePlan{true, known};
    auto otherMatches = countUpTo(m_db, others, kFewMatches + 1);
    if (!otherMatches)
        return otherMatches.error();
    if (*otherMatches > kFewMatches)
        return FirstPagePlan{true, {}};
    auto first = prepareLookup(m_db,
                               "SELECT min(x COLLATE NOCASE) FROM (SELECT ? AS x UNION ALL "
                               "SELECT name FROM customers WHERE id IN (" +
                                   others.unionSql() + "))",
                               others, {SqlValue(known)});
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
    if (plan.walkNameIndex && !searchLookups(q, m_db.isServer()).empty()) {
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
    // A page's rows in one statement per few hundred ids: one round trip
    // instead of one per row, which is what a team server charges for.
    std::unordered_map<std::int64_t, CustomerListRow> found;
    found.reserve(ids.size());
    for (std::size_t start = 0; start < ids.size(); start += kIdsPerStatement) {
        const std::size_t end = std::min(ids.size(), start + kIdsPerStatement);
        auto stmt = m_db.prepare(
            "SELECT c.id, c.code, c.name, c.kind, c.industry, c.region, c.owner_id, "
            "coalesce(u.display_name, ''), c.lifecycle, c.risk, "
            "coalesce((SELECT group_concat(tag, ', ') FROM customer_tags WHERE customer_id = "
            "c.id), ''), "
            "c.archived, c.updated_at, c.loyalty, c.health FROM customers c "
            "LEFT JOIN users u ON u.id = c.owner_id "
            "WHERE c.id IN (" +
            idList({ids.begin() + start, ids.begin() + end}) + ")");
        if (!stmt)
            return stmt.error();
        TESSERA_TRY(stmt->forEachRow([&](const Statement& s) {
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
            r.loyalty = s.text(13);
            if (!s.isNull(14))
                r.health = s.int32(14);
            found.emplace(r.id, std::move(r));
        }));
    }
    // In the caller's order, without the ids that are not there (or not visible).
    std::vector<CustomerListRow> rows;
    rows.reserve(found.size());
    for (std::int64_t id : ids)
        if (auto it = found.find(id); it != found.end())
            rows.push_back(std::move(it->second));
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

Result<std::vector<std::int64_t>> CustomerRepository::findSimilar(const CustomerRecord& customer) {
    // One indexed lookup per key, so a common name costs no more than its matches.
    auto stmt = m_db.prepare(
        "SELECT id FROM (SELECT id FROM customers WHERE ?2 <> '' AND name_key = ?2 "
        "UNION SELECT id FROM customers WHERE ?3 IS NOT NULL AND phone_hash = ?3 "
        "UNION SELECT id FROM customers WHERE ?4 IS NOT NULL AND email_hash = ?4 "
        "UNION SELECT id FROM customers WHERE ?5 IS NOT NULL AND id_number_hash = ?5) AS "
        "matches WHERE id <> ?1 ORDER BY id LIMIT 20");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, customer.id).bind(2, nameKey(customer.name));
    bindOptionalBlob(*stmt, 3, phoneHash(m_cipher, customer.phone));
    bindOptionalBlob(*stmt, 4, emailHash(m_cipher, customer.email));
    bindOptionalBlob(*stmt, 5, idNumberHash(m_cipher, customer.idNumber));
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
    TESSERA_TRY(removeStoredSearchKeys(m_db, id));
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
    auto stmt = m_db.prepare("SELECT id, customer_id, " + m_db.readableColumn("contacts", "name") +
                             ", role, " + m_db.readableColumn("contacts", "phone") + ", " +
                             m_db.readableColumn("contacts", "email") +
                             ", is_primary FROM contacts WHERE customer_id = ? ORDER BY "
                             "is_primary DESC, id");
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
