#pragma once

// Keeps the duplicate-finding keys of a database file in step with the
// normalisation of this version: the keyed hashes of customers' and
// contacts' phones and emails, of customers' ID numbers, and customers'
// name keys. The setting `lookup_keys_version` says which normalisation the
// stored keys follow; a file written by an older Tessera has them made
// under an older one (or not at all), and the first sign-in that holds the
// data key remakes them (domain/workspace/Workspace::login).

#include "common/Result.h"
#include "storage/security/FieldCipher.h"
#include "storage/sqlite/Database.h"

#include <cstdint>

namespace tessera::storage {

// 1: digits-only phones, no ID number hashes, no name keys (schema 9's default).
// 2: country codes (FieldCipher::normalisePhone), ID number hashes, name keys.
// Raise it whenever a normalisation or the name key changes.
inline constexpr int kLookupKeysVersion = 2;

// True when the file's keys follow an older normalisation than kLookupKeysVersion.
Result<bool> lookupKeysOutdated(Database& db);

// Records that the keys follow kLookupKeysVersion (a new database; the caller's transaction).
Status markLookupKeysCurrent(Database& db);

struct LookupKeysRefresh {
    std::int64_t customersChanged = 0;
    std::int64_t contactsChanged = 0;
};

// When outdated, recomputes every key from the decrypted values and marks the
// keys current, all in one transaction of its own; does nothing otherwise.
// Rows whose keys are already right are left untouched.
Result<LookupKeysRefresh> refreshLookupKeys(Database& db, const FieldCipher& cipher);

} // namespace tessera::storage
