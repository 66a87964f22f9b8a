#pragma once

// Every column that holds encrypted personal data, in one list: the key
// rotation re-encrypts exactly these, and the plaintext scan test looks for
// leaks in them. A column's authenticated label is "table.column".

#include "common/Result.h"
#include "storage/security/FieldCipher.h"
#include "storage/sqlite/Database.h"

#include <array>
#include <cstdint>
#include <functional>

namespace tessera::storage {

enum class LookupNormalisation { None, Phone, Email, IdNumber };

struct PersonalDataColumn {
    const char* table;
    const char* keyColumn; // the row's integer key
    const char* column;
    const char* label;      // table.column, authenticated with the ciphertext
    const char* hashColumn; // keyed lookup hash beside it, or nullptr
    LookupNormalisation normalisation;
};

inline constexpr std::array<PersonalDataColumn, 10> kPersonalDataColumns = {{
    {"customers", "id", "phone", "customers.phone", "phone_hash", LookupNormalisation::Phone},
    {"customers", "id", "email", "customers.email", "email_hash", LookupNormalisation::Email},
    {"customers", "id", "id_number", "customers.id_number", "id_number_hash",
     LookupNormalisation::IdNumber},
    {"customers", "id", "address", "customers.address", nullptr, LookupNormalisation::None},
    {"customers", "id", "notes", "customers.notes", nullptr, LookupNormalisation::None},
    {"contacts", "id", "phone", "contacts.phone", "phone_hash", LookupNormalisation::Phone},
    {"contacts", "id", "email", "contacts.email", "email_hash", LookupNormalisation::Email},
    {"interactions", "id", "notes", "interactions.notes", nullptr, LookupNormalisation::None},
    {"survey_responses", "id", "comment", "survey_responses.comment", nullptr,
     LookupNormalisation::None},
    {"tickets", "id", "description", "tickets.description", nullptr, LookupNormalisation::None},
}};

// The keyed lookup hash of a plaintext value under `normalisation`; empty
// when the normalised value is empty (the column then holds NULL).
Bytes lookupHashOf(const FieldCipher& cipher, LookupNormalisation normalisation,
                   const std::string& plain);

// Decrypts every personal data value under `from` and encrypts it under `to`,
// re-making the lookup hashes. Returns the number of values re-encrypted.
// The caller owns the transaction. `columnDone` hears after each column of
// kPersonalDataColumns (for progress).
Result<std::int64_t> reencryptPersonalData(Database& db, const FieldCipher& from,
                                           const FieldCipher& to,
                                           const std::function<void(std::size_t)>& columnDone = {});

} // namespace tessera::storage
