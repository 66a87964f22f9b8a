#pragma once

// Everything the database holds about one customer, read for a person's
// request to see their data: every column of every row that hangs off the
// customer, personal columns decrypted. Read generically (SELECT *), so a
// column added to one of these tables later is exported without a change
// here; the lookup hashes are left out (they mean nothing to the person).

#include "common/Result.h"
#include "storage/security/FieldCipher.h"
#include "storage/sqlite/Database.h"

#include <cstdint>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace tessera::storage {

using PersonValue = std::variant<std::monostate, std::int64_t, double, std::string>;

struct PersonRow {
    std::vector<std::pair<std::string, PersonValue>> fields; // column name, value
};

struct PersonSection {
    std::string name; // "customer", "contacts", "consent_history", ...
    std::vector<PersonRow> rows;
};

class PersonDataReader {
public:
    PersonDataReader(Database& db, const FieldCipher& cipher) : m_db(db), m_cipher(cipher) {}

    // The sections in a fixed order; the first ("customer") is empty when the
    // customer does not exist. Run under a ReadSnapshot for a consistent view.
    Result<std::vector<PersonSection>> read(std::int64_t customerId);

private:
    Result<PersonSection> section(const std::string& name, const std::string& table,
                                  const std::string& sql, std::int64_t customerId);

    Database& m_db;
    const FieldCipher& m_cipher;
};

} // namespace tessera::storage
