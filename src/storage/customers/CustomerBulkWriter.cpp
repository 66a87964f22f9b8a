#include "storage/customers/CustomerBulkWriter.h"

#include "storage/activity/ActivityWriters.h"
#include "storage/customers/CustomerColumns.h"

#include <algorithm>

namespace tessera::storage {

Result<CustomerBulkWriter> CustomerBulkWriter::create(Database& db, const FieldCipher& cipher,
                                                      std::int64_t rebuildThreshold) {
    auto nextId = nextRowId(db, "customers");
    if (!nextId)
        return nextId.error();
    auto customers = BatchInserter<SealedCustomer>::create(
        db, "customers", customerInsertColumns(),
        [](Statement& s, int first, const SealedCustomer& c) { bindCustomerInsert(s, first, c); });
    if (!customers)
        return customers.error();
    // Search entries wait in a temporary table and reach the full-text index
    // in large statements: SQLite opens a savepoint on the index for every
    // statement that writes it, and FTS5 writes out what it holds in memory
    // at each savepoint, so fifty rows per statement would leave tens of
    // thousands of tiny index segments to merge.
    TESSERA_TRY(db.exec("CREATE TEMP TABLE IF NOT EXISTS bulk_customer_search (id INTEGER "
                        "PRIMARY KEY, name TEXT, code TEXT, contacts TEXT)"));
    TESSERA_TRY(db.exec("DELETE FROM temp.bulk_customer_search"));
    auto search = BatchInserter<SearchRow>::create(
        db, "temp.bulk_customer_search", {"id", "name", "code", "contacts"},
        [](Statement& s, int i, const SearchRow& r) {
            s.bind(i, r.id).bind(i + 1, r.name).bind(i + 2, r.code).bind(i + 3, r.contacts);
        });
    if (!search)
        return search.error();
    auto keys = SearchKeyStaging::create(db);
    if (!keys)
        return keys.error();
    auto single = CustomerWriter::create(db, cipher);
    if (!single)
        return single.error();
    // The table's size when the load begins, estimated by its highest id:
    // rebuilding pays once the load is about as large.
    const std::int64_t rebuildAt = std::max(rebuildThreshold, *nextId - 1);
    return CustomerBulkWriter(db, cipher, std::move(*customers), std::move(*search),
                              std::move(*keys), std::move(*single), *nextId, rebuildAt);
}

Result<std::int64_t> CustomerBulkWriter::add(CustomerRecord customer) {
    return add(sealCustomer(std::move(customer), *m_cipher));
}

Result<std::int64_t> CustomerBulkWriter::add(SealedCustomer customer) {
    if (!m_suspended && m_added + 1 >= m_rebuildAt) {
        auto suspended = SuspendedIndexes::drop(*m_db, "customers");
        if (!suspended)
            return suspended.error();
        m_suspended.emplace(std::move(*suspended));
    }
    const std::int64_t id = m_nextId++;
    ++m_added;
    CustomerRecord& c = customer.record;
    c.id = id;
    // A customer an import creates from a bare code is named by its code;
    // the search index matches either column, so the code once will do.
    SearchRow search{id, c.name == c.code ? std::string() : c.name, c.code,
                     contactNames(c.contacts)};
    TESSERA_TRY(m_keys.add(id, c.name));
    if (!c.tags.empty() || !c.contacts.empty())
        m_dependents.push_back({id, std::move(c.tags), std::move(c.contacts)});
    TESSERA_TRY(m_customers.add(std::move(customer)));
    if (m_customers.pendingRows() == 0) // the batch went in: its dependents may follow
        TESSERA_TRY(writeDependents());
    TESSERA_TRY(m_search.add(std::move(search)));
    if (++m_staged == kSearchEntriesPerStatement)
        TESSERA_TRY(indexStagedSearchEntries());
    return id;
}

Status CustomerBulkWriter::writeDependents() {
    for (const Dependents& d : m_dependents) {
        TESSERA_TRY(m_single.insertTags(d.customerId, d.tags));
        TESSERA_TRY(m_single.insertContacts(d.customerId, d.contacts));
    }
    m_dependents.clear();
    return {};
}

Status CustomerBulkWriter::indexStagedSearchEntries() {
    TESSERA_TRY(m_search.flush());
    TESSERA_TRY(m_db->exec("INSERT INTO customer_search (rowid, name, code, contacts) "
                           "SELECT id, name, code, contacts FROM temp.bulk_customer_search "
                           "ORDER BY id"));
    TESSERA_TRY(m_db->exec("DELETE FROM temp.bulk_customer_search"));
    TESSERA_TRY(m_keys.flush());
    m_staged = 0;
    return {};
}

Status CustomerBulkWriter::flush() {
    TESSERA_TRY(m_customers.flush());
    return writeDependents();
}

Status CustomerBulkWriter::finish() {
    TESSERA_TRY(flush());
    TESSERA_TRY(indexStagedSearchEntries());
    if (m_suspended) {
        TESSERA_TRY(m_suspended->rebuild());
        m_suspended.reset();
    }
    return {};
}

} // namespace tessera::storage
