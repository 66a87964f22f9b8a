#include "storage/merge/CustomerMergeRepository.h"

#include "storage/customers/SearchKeyIndex.h"

#include <initializer_list>

namespace tessera::storage {

namespace {

// Journal labels.
constexpr const char* kIntoRow = "customer.into";
constexpr const char* kFromRow = "customer.from";
constexpr const char* kIntoSearch = "search.into";
constexpr const char* kFromSearch = "search.from";
constexpr const char* kIntoVersionAfter = "into.version_after";
constexpr const char* kSearchColumns = "rowid, name, code, contacts";

std::string movedLabel(const char* table) {
    return std::string("moved:") + table;
}
std::string asideLabel(const char* table) {
    return std::string("aside:") + table;
}

Status run(Database& db, const std::string& sql, std::initializer_list<std::int64_t> params) {
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    int i = 0;
    for (std::int64_t p : params)
        stmt->bind(++i, p);
    return stmt->run();
}

Result<std::int64_t> count(Database& db, const std::string& sql,
                           std::initializer_list<std::int64_t> params) {
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    int i = 0;
    for (std::int64_t p : params)
        stmt->bind(++i, p);
    auto n = stmt->first([](const Statement& s) { return s.int64(0); });
    if (!n)
        return n.error();
    return n->value_or(0);
}

// "T.k1 = x.k1 AND ...": B's row (T) has a twin in A's rows (x).
std::string clashCondition(const CustomerReference& ref) {
    std::string sql = std::string("customer_id = ?2 AND EXISTS (SELECT 1 FROM ") + ref.table +
                      " x WHERE x.customer_id = ?1";
    for (const char* k : ref.key)
        sql += std::string(" AND x.") + k + " = " + ref.table + "." + k;
    return sql + ")";
}

std::string keyList(const CustomerReference& ref) {
    std::string list;
    for (const char* k : ref.key)
        list += (list.empty() ? "" : ", ") + std::string(k);
    return list;
}

// A key in a rowid table cannot clash: it is unique across customers.
bool canClash(const CustomerReference& ref) {
    return !(ref.key.size() == 1 && std::string_view(ref.key.front()) == "id");
}

std::vector<const char*> columnsOf(MergeField field) {
    switch (field) {
    case MergeField::Name: return {"name", "name_key"};
    case MergeField::Kind: return {"kind"};
    case MergeField::Industry: return {"industry"};
    case MergeField::Region: return {"region"};
    case MergeField::Channel: return {"channel"};
    case MergeField::Owner: return {"owner_id"};
    case MergeField::Lifecycle: return {"lifecycle"};
    case MergeField::Risk: return {"risk"};
    case MergeField::Consent: return {"consent_channels", "unsubscribed"};
    case MergeField::ContactFrequency: return {"contact_frequency"};
    case MergeField::Phone: return {"phone", "phone_hash"};
    case MergeField::Email: return {"email", "email_hash"};
    case MergeField::IdNumber: return {"id_number", "id_number_hash"};
    case MergeField::Address: return {"address"};
    case MergeField::Notes: return {"notes"};
    }
    return {};
}

MergeRecord readMerge(const Statement& s) {
    return MergeRecord{s.int64(0), s.int64(1),         s.int64(2),
                       s.text(3),  s.optionalInt64(4), s.int64(5)};
}

constexpr const char* kMergeColumns = "id, into_id, from_id, from_code, merged_by, merged_at";

} // namespace

// Every table with a customer_id that references customers (id): the test
// TestCustomerMergeRepository checks this list against the schema, so a new
// table cannot be forgotten. Order matters only for readability; undo walks it
// backwards.
const std::vector<CustomerReference>& customerReferences() {
    static const std::vector<CustomerReference> references = {
        {"contacts", {"id"}},
        {"transactions", {"day", "id"}},
        {"interactions", {"id"}},
        {"survey_responses", {"id"}}, // survey_answers hang off the response
        {"tickets", {"id"}},
        {"follow_ups", {"id"}},
        {"consent_events", {"id"}},
        {"customer_tags", {"tag"}},
        {"customer_scores", {"run_id"}},
        {"standing_overrides", {"aspect"}},
        {"warning_states", {"kind", "since_day"}},
        {"campaign_customers", {"campaign_id"}},
        {"customer_aliases", {"code"}}, // codes of customers merged into B earlier
    };
    return references;
}

Result<std::vector<MergeTableCount>> CustomerMergeRepository::preview(std::int64_t intoId,
                                                                      std::int64_t fromId) {
    std::vector<MergeTableCount> counts;
    for (const CustomerReference& ref : customerReferences()) {
        auto all = count(
            m_db, std::string("SELECT count(*) FROM ") + ref.table + " WHERE customer_id = ?1",
            {fromId});
        if (!all)
            return all.error();
        std::int64_t clashes = 0;
        if (canClash(ref)) {
            auto n = count(m_db,
                           std::string("SELECT count(*) FROM ") + ref.table + " WHERE " +
                               clashCondition(ref),
                           {intoId, fromId});
            if (!n)
                return n.error();
            clashes = *n;
        }
        counts.push_back({ref.table, *all - clashes, clashes});
    }
    return counts;
}

Status CustomerMergeRepository::moveReferences(std::int64_t intoId, std::int64_t fromId,
                                               RowJournal& journal,
                                               std::vector<MergeTableCount>& counts) {
    const std::int64_t both[] = {intoId, fromId};
    for (const CustomerReference& ref : customerReferences()) {
        MergeTableCount& tally = counts.emplace_back(MergeTableCount{ref.table});
        if (canClash(ref)) {
            auto aside = captureRows(m_db, ref.table, "*", clashCondition(ref), both);
            if (!aside)
                return aside.error();
            tally.setAside = static_cast<std::int64_t>(aside->rows.size());
            if (!aside->empty()) {
                TESSERA_TRY(run(
                    m_db, std::string("DELETE FROM ") + ref.table + " WHERE " + clashCondition(ref),
                    {intoId, fromId}));
                journal.add(asideLabel(ref.table), std::move(*aside));
            }
        }
        auto moved = captureRows(m_db, ref.table, keyList(ref), "customer_id = ?2", both);
        if (!moved)
            return moved.error();
        tally.moved = static_cast<std::int64_t>(moved->rows.size());
        if (moved->empty())
            continue;
        TESSERA_TRY(
            run(m_db,
                std::string("UPDATE ") + ref.table + " SET customer_id = ?1 WHERE customer_id = ?2",
                {intoId, fromId}));
        journal.add(movedLabel(ref.table), std::move(*moved));
    }
    return {};
}

Status CustomerMergeRepository::copyFields(std::int64_t intoId, std::int64_t fromId,
                                           std::span<const MergeField> takeFromB,
                                           std::int64_t now) {
    std::string columns;
    for (MergeField field : takeFromB)
        for (const char* column : columnsOf(field))
            columns += (columns.empty() ? "" : ", ") + std::string(column);
    if (!columns.empty())
        TESSERA_TRY(run(m_db,
                        "UPDATE customers SET (" + columns + ") = (SELECT " + columns +
                            " FROM customers WHERE id = ?2) WHERE id = ?1",
                        {intoId, fromId}));
    return run(m_db, "UPDATE customers SET updated_at = ?2, version = version + 1 WHERE id = ?1",
               {intoId, now});
}

// The survivor's search entry: its (chosen) name, its code, and every contact
// name it now has, in the order CustomerRepository writes them.
Status CustomerMergeRepository::reindexSurvivor(std::int64_t intoId, std::int64_t fromId) {
    TESSERA_TRY(
        run(m_db, "DELETE FROM customer_search WHERE rowid = ?1 OR rowid = ?2", {intoId, fromId}));
    TESSERA_TRY(run(m_db,
                    "INSERT INTO customer_search (rowid, name, code, contacts) "
                    "SELECT c.id, c.name, c.code, coalesce((SELECT group_concat(name, ' ') FROM "
                    "(SELECT name FROM contacts WHERE customer_id = c.id "
                    "ORDER BY is_primary DESC, id)), '') FROM customers c WHERE c.id = ?1",
                    {intoId}));
    return addStoredSearchKeys(m_db, intoId);
}

Result<MergeWrite> CustomerMergeRepository::merge(std::int64_t intoId, std::int64_t fromId,
                                                  std::span<const MergeField> takeFromB,
                                                  std::optional<std::int64_t> userId,
                                                  std::int64_t now) {
    if (intoId == fromId)
        return makeError(ErrorCode::InvalidArgument, "A customer cannot be merged into itself.");
    RowJournal journal;
    struct Capture {
        const char* label;
        std::int64_t id;
    };
    for (const Capture& c : {Capture{kIntoRow, intoId}, Capture{kFromRow, fromId}}) {
        auto row = captureRows(m_db, "customers", "*", "id = ?1", std::span(&c.id, 1));
        if (!row)
            return row.error();
        if (row->rows.size() != 1)
            return makeError(ErrorCode::NotFound, "A customer to merge does not exist.");
        journal.add(c.label, std::move(*row));
    }
    for (const Capture& c : {Capture{kIntoSearch, intoId}, Capture{kFromSearch, fromId}}) {
        auto row =
            captureRows(m_db, "customer_search", kSearchColumns, "rowid = ?1", std::span(&c.id, 1));
        if (!row)
            return row.error();
        journal.add(c.label, std::move(*row));
    }
    // Both names' search keys go; the survivor's name gets its keys again in
    // reindexSurvivor (it may have taken the other's name).
    TESSERA_TRY(removeStoredSearchKeys(m_db, intoId));
    TESSERA_TRY(removeStoredSearchKeys(m_db, fromId));
    MergeWrite write;
    TESSERA_TRY(moveReferences(intoId, fromId, journal, write.counts));
    TESSERA_TRY(copyFields(intoId, fromId, takeFromB, now));
    TESSERA_TRY(run(m_db, "DELETE FROM customers WHERE id = ?1", {fromId}));
    TESSERA_TRY(reindexSurvivor(intoId, fromId));
    auto version = count(m_db, "SELECT version FROM customers WHERE id = ?1", {intoId});
    if (!version)
        return version.error();
    journal.setNumber(kIntoVersionAfter, *version);

    const StoredRows& fromRow = *journal.find(kFromRow);
    const StoredValue& code = fromRow.rows.front()[fromRow.columnIndex("code")];
    auto insert = m_db.prepare("INSERT INTO customer_merges (into_id, from_id, from_code, "
                               "merged_by, merged_at, journal) VALUES (?, ?, ?, ?, ?, ?)");
    if (!insert)
        return insert.error();
    const std::vector<std::uint8_t> bytes = journal.encode();
    insert->bind(1, intoId).bind(2, fromId).bind(3, code.bytes).bind(4, userId).bind(5, now);
    insert->bindBlob(6, bytes);
    TESSERA_TRY(insert->run());
    write.mergeId = m_db.lastInsertRowId();
    auto alias =
        m_db.prepare("INSERT INTO customer_aliases (code, customer_id, merge_id) VALUES (?, ?, ?)");
    if (!alias)
        return alias.error();
    alias->bind(1, code.bytes).bind(2, intoId).bind(3, write.mergeId);
    TESSERA_TRY(alias->run());
    return write;
}

Status CustomerMergeRepository::moveReferencesBack(std::int64_t intoId, std::int64_t fromId,
                                                   const RowJournal& journal) {
    const auto& references = customerReferences();
    for (auto ref = references.rbegin(); ref != references.rend(); ++ref) {
        if (const StoredRows* moved = journal.find(movedLabel(ref->table))) {
            std::string sql = std::string("UPDATE ") + ref->table +
                              " SET customer_id = ?1 WHERE customer_id = ?2";
            for (std::size_t k = 0; k < ref->key.size(); ++k)
                sql += std::string(" AND ") + ref->key[k] + " = ?" + std::to_string(k + 3);
            auto stmt = m_db.prepare(sql);
            if (!stmt)
                return stmt.error();
            for (const auto& row : moved->rows) {
                stmt->reset();
                stmt->bind(1, fromId).bind(2, intoId);
                for (std::size_t k = 0; k < row.size(); ++k)
                    bindStored(*stmt, static_cast<int>(k + 3), row[k]);
                TESSERA_TRY(stmt->run());
                if (m_db.changes() != 1)
                    return makeError(ErrorCode::Conflict, std::string("A row of ") + ref->table +
                                                              " moved by the merge is gone.");
            }
        }
        if (const StoredRows* aside = journal.find(asideLabel(ref->table)))
            TESSERA_TRY(insertRows(m_db, *aside));
    }
    return {};
}

Status CustomerMergeRepository::unmerge(std::int64_t mergeId) {
    auto merge = find(mergeId);
    if (!merge)
        return merge.error();
    if (!*merge)
        return makeError(ErrorCode::NotFound, "There is no such merge.");
    const MergeRecord& m = **merge;
    auto journal = journalOf(mergeId);
    if (!journal)
        return journal.error();
    auto version = m_db.prepare("SELECT version FROM customers WHERE id = ?");
    if (!version)
        return version.error();
    version->bind(1, m.intoId);
    auto current = version->first([](const Statement& s) { return s.int64(0); });
    if (!current)
        return current.error();
    if (!*current)
        return makeError(ErrorCode::NotFound, "The customer merged into is gone.");
    if (**current != journal->number(kIntoVersionAfter))
        return makeError(ErrorCode::Conflict, "The customer merged into has changed since.");
    auto taken = count(m_db, "SELECT count(*) FROM customers WHERE id = ?1", {m.fromId});
    if (!taken)
        return taken.error();
    if (*taken)
        return makeError(ErrorCode::AlreadyExists, "The merged customer's number has been reused.");
    const StoredRows* intoRow = journal->find(kIntoRow);
    const StoredRows* fromRow = journal->find(kFromRow);
    if (!intoRow || !fromRow)
        return makeError(ErrorCode::Corrupt, "The merge journal is damaged; it cannot be undone.");

    TESSERA_TRY(run(m_db, "DELETE FROM customer_aliases WHERE merge_id = ?1", {mergeId}));
    TESSERA_TRY(insertRows(m_db, *fromRow));
    TESSERA_TRY(moveReferencesBack(m.intoId, m.fromId, *journal));
    TESSERA_TRY(removeStoredSearchKeys(m_db, m.intoId)); // the merged name's keys
    TESSERA_TRY(overwriteRows(m_db, *intoRow, "id"));
    TESSERA_TRY(run(m_db, "DELETE FROM customer_search WHERE rowid = ?1 OR rowid = ?2",
                    {m.intoId, m.fromId}));
    for (const char* label : {kIntoSearch, kFromSearch})
        if (const StoredRows* search = journal->find(label))
            TESSERA_TRY(insertRows(m_db, *search));
    for (std::int64_t id : {m.intoId, m.fromId})
        TESSERA_TRY(addStoredSearchKeys(m_db, id));
    return run(m_db, "DELETE FROM customer_merges WHERE id = ?1", {mergeId});
}

Result<std::optional<MergeRecord>> CustomerMergeRepository::find(std::int64_t mergeId) {
    auto stmt =
        m_db.prepare(std::string("SELECT ") + kMergeColumns + " FROM customer_merges WHERE id = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, mergeId);
    return stmt->first(readMerge);
}

Result<std::vector<MergeRecord>> CustomerMergeRepository::mergesInto(std::int64_t customerId) {
    auto stmt = m_db.prepare(std::string("SELECT ") + kMergeColumns +
                             " FROM customer_merges WHERE into_id = ? ORDER BY id DESC");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, customerId);
    return stmt->collect(readMerge);
}

Result<RowJournal> CustomerMergeRepository::journalOf(std::int64_t mergeId) {
    auto stmt = m_db.prepare("SELECT journal FROM customer_merges WHERE id = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, mergeId);
    auto bytes = stmt->first([](const Statement& s) { return s.blob(0); });
    if (!bytes)
        return bytes.error();
    if (!*bytes)
        return makeError(ErrorCode::NotFound, "There is no such merge.");
    return RowJournal::decode(**bytes);
}

Result<std::optional<std::int64_t>> CustomerMergeRepository::fromOwner(std::int64_t mergeId) {
    auto journal = journalOf(mergeId);
    if (!journal)
        return journal.error();
    const StoredRows* row = journal->find(kFromRow);
    const int owner = row ? row->columnIndex("owner_id") : -1;
    if (owner < 0 || row->rows.size() != 1)
        return makeError(ErrorCode::Corrupt, "The merge journal is damaged; it cannot be undone.");
    const StoredValue& v = row->rows.front()[static_cast<std::size_t>(owner)];
    if (v.type != StoredValue::Type::Integer)
        return std::optional<std::int64_t>{};
    return std::optional<std::int64_t>(v.integer);
}

Result<std::optional<CustomerAlias>> CustomerMergeRepository::aliasFor(const std::string& code) {
    auto stmt = m_db.prepare("SELECT a.code, a.customer_id, a.merge_id, c.code FROM "
                             "customer_aliases a JOIN customers c ON c.id = a.customer_id "
                             "WHERE a.code = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, code);
    return stmt->first([](const Statement& s) {
        return CustomerAlias{s.text(0), s.int64(1), s.int64(2), s.text(3)};
    });
}

} // namespace tessera::storage
