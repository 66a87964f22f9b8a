#include "storage/customers/CustomerWriter.h"

#include "storage/customers/CustomerColumns.h"

namespace tessera::storage {
namespace {

std::string insertCustomerSql() {
    std::string columns;
    std::string values;
    for (const std::string& column : customerInsertColumns()) {
        columns += (columns.empty() ? "" : ", ") + column;
        values += values.empty() ? "?" : ",?";
    }
    return "INSERT INTO customers (" + columns + ") VALUES (" + values + ")";
}

} // namespace

Result<CustomerWriter> CustomerWriter::create(Database& db, const FieldCipher& cipher) {
    Statements s;
    const std::string insertCustomer = insertCustomerSql();
    const std::pair<Statement*, const char*> sql[] = {
        {&s.customer, insertCustomer.c_str()},
        {&s.tag, "INSERT OR IGNORE INTO customer_tags (customer_id, tag) VALUES (?, ?)"},
        {&s.contact, "INSERT INTO contacts (customer_id, name, role, phone, email, phone_hash, "
                     "email_hash, is_primary) VALUES (?,?,?,?,?,?,?,?)"},
        {&s.searchInsert,
         "INSERT INTO customer_search (rowid, name, code, contacts) VALUES (?, ?, ?, ?)"}};
    for (const auto& [statement, text] : sql) {
        auto prepared = db.prepare(text);
        if (!prepared)
            return prepared.error();
        *statement = std::move(*prepared);
    }
    auto keys = SearchKeyWriter::create(db);
    if (!keys)
        return keys.error();
    return CustomerWriter(db, cipher, std::move(s), std::move(*keys));
}

Result<std::int64_t> CustomerWriter::insert(const CustomerRecord& customer) {
    m_s.customer.reset();
    bindCustomerInsert(m_s.customer, 1, customer, *m_cipher);
    TESSERA_TRY(m_s.customer.run());
    const std::int64_t id = m_db->lastInsertRowId();
    TESSERA_TRY(insertTags(id, customer.tags));
    TESSERA_TRY(insertContacts(id, customer.contacts));
    TESSERA_TRY(indexForSearch(id, customer));
    return id;
}

Status CustomerWriter::indexForSearch(std::int64_t customerId, const CustomerRecord& customer) {
    m_s.searchInsert.reset();
    m_s.searchInsert.bind(1, customerId).bind(2, customer.name).bind(3, customer.code);
    m_s.searchInsert.bind(4, contactNames(customer.contacts));
    TESSERA_TRY(m_s.searchInsert.run());
    return m_keys.add(customerId, customer.name);
}

Status CustomerWriter::insertTags(std::int64_t customerId, const std::vector<std::string>& tags) {
    for (const std::string& tag : tags) {
        m_s.tag.reset();
        m_s.tag.bind(1, customerId).bind(2, tag);
        TESSERA_TRY(m_s.tag.run());
    }
    return {};
}

Status CustomerWriter::insertContacts(std::int64_t customerId,
                                      const std::vector<ContactRecord>& contacts) {
    for (const ContactRecord& contact : contacts) {
        Statement& c = m_s.contact;
        c.reset();
        c.bind(1, customerId).bind(2, contact.name).bind(3, contact.role);
        bindOptionalBlob(c, 4, m_cipher->encryptOptional(contact.phone, kContactPhoneLabel));
        bindOptionalBlob(c, 5, m_cipher->encryptOptional(contact.email, kContactEmailLabel));
        bindOptionalBlob(c, 6, phoneHash(*m_cipher, contact.phone));
        bindOptionalBlob(c, 7, emailHash(*m_cipher, contact.email));
        c.bind(8, contact.isPrimary ? 1 : 0);
        TESSERA_TRY(c.run());
    }
    return {};
}

} // namespace tessera::storage
