#pragma once

// How a customer record maps onto its columns: the labels its encrypted
// fields are sealed under, the keyed lookup hashes, and the binding shared by
// the single writer, the bulk writer and UPDATE, so the three cannot drift.

#include "storage/customers/CustomerRecord.h"
#include "storage/security/FieldCipher.h"
#include "storage/sqlite/Database.h"

#include <optional>
#include <string>
#include <vector>

namespace tessera::storage {

// Associated data of each encrypted column: a value sealed for one column
// does not open as another.
inline constexpr const char* kCustomerPhoneLabel = "customers.phone";
inline constexpr const char* kCustomerEmailLabel = "customers.email";
inline constexpr const char* kCustomerIdNumberLabel = "customers.id_number";
inline constexpr const char* kCustomerAddressLabel = "customers.address";
inline constexpr const char* kCustomerNotesLabel = "customers.notes";
inline constexpr const char* kContactPhoneLabel = "contacts.phone";
inline constexpr const char* kContactEmailLabel = "contacts.email";

void bindOptionalBlob(Statement& stmt, int index, const std::optional<Bytes>& blob);
std::optional<Bytes> optionalBlob(const Statement& s, int column);

// Keyed hashes of the normalised phone and email, for exact lookups without
// decrypting; nullopt when there is nothing to hash.
std::optional<Bytes> phoneHash(const FieldCipher& cipher, const std::optional<std::string>& phone);
std::optional<Bytes> emailHash(const FieldCipher& cipher, const std::optional<std::string>& email);
std::optional<Bytes> idNumberHash(const FieldCipher& cipher,
                                  const std::optional<std::string>& idNumber);

// A customer's personal data as stored: ciphertext and lookup hashes.
struct SealedFields {
    std::optional<Bytes> phone;
    std::optional<Bytes> email;
    std::optional<Bytes> idNumber;
    std::optional<Bytes> address;
    std::optional<Bytes> notes;
    std::optional<Bytes> phoneHash;
    std::optional<Bytes> emailHash;
    std::optional<Bytes> idNumberHash;
    std::string nameKey; // storage/customers/NameKey
};
SealedFields sealFields(const CustomerRecord& c, const FieldCipher& cipher);

// A new customer sealed ahead of writing, so the encryption can run on
// another thread than the one that owns the connection (imports do).
// The record's personal data fields are cleared once sealed.
struct SealedCustomer {
    CustomerRecord record;
    SealedFields sealed;
};
SealedCustomer sealCustomer(CustomerRecord record, const FieldCipher& cipher);

// The fields INSERT and UPDATE share, bound as parameters first..first+22.
inline constexpr int kCustomerSharedFields = 23;
void bindCustomerFields(Statement& stmt, int first, const CustomerRecord& c,
                        const FieldCipher& cipher);

// An INSERT's columns: the shared fields, created_at and id (NULL when the
// record's id is 0, so SQLite assigns one).
const std::vector<std::string>& customerInsertColumns();
void bindCustomerInsert(Statement& stmt, int first, const CustomerRecord& c,
                        const FieldCipher& cipher);
// Binds `c` in place: it must stay unchanged until the statement has run.
void bindCustomerInsert(Statement& stmt, int first, const SealedCustomer& c);

// The contact names as one text for the search index.
std::string contactNames(const std::vector<ContactRecord>& contacts);

} // namespace tessera::storage
