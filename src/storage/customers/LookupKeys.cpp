#include "storage/customers/LookupKeys.h"

#include "storage/admin/SettingsRepository.h"
#include "storage/customers/CustomerColumns.h"
#include "storage/customers/NameKey.h"
#include "storage/security/PersonalDataColumns.h"
#include "storage/sqlite/SuspendedIndexes.h"

#include <string>
#include <vector>

namespace tessera::storage {
namespace {

constexpr const char* kVersionSetting = "lookup_keys_version";
constexpr std::int64_t kSuspendIndexesFrom = 20'000;

struct HashedColumn {
    const char* column;
    const char* label; // its encryption label
    const char* hashColumn;
    LookupNormalisation normalisation;
};

// A table's keys: its hashed columns and, for customers, the name key.
struct KeyedTable {
    const char* table;
    std::vector<HashedColumn> hashed;
    bool nameKey;
};

const KeyedTable kCustomers{
    "customers",
    {{"phone", kCustomerPhoneLabel, "phone_hash", LookupNormalisation::Phone},
     {"email", kCustomerEmailLabel, "email_hash", LookupNormalisation::Email},
     {"id_number", kCustomerIdNumberLabel, "id_number_hash", LookupNormalisation::IdNumber}},
    true};
const KeyedTable kContacts{
    "contacts",
    {{"phone", kContactPhoneLabel, "phone_hash", LookupNormalisation::Phone},
     {"email", kContactEmailLabel, "email_hash", LookupNormalisation::Email}},
    false};

// The stored hash in `column`, the right one in `expected`: true when they differ.
bool differs(const Statement& s, int column, const Bytes& expected) {
    if (s.isNull(column))
        return !expected.empty();
    return s.blob(column) != expected;
}

// Recomputes `t`'s keys from the decrypted values; writes only the rows whose
// keys differ. Returns how many rows were written.
Result<std::int64_t> refreshTable(Database& db, const FieldCipher& cipher, const KeyedTable& t) {
    // SELECT id, the encrypted columns, their hashes[, name, name_key].
    std::string select = "SELECT id";
    std::string set;
    for (const HashedColumn& h : t.hashed)
        select += std::string(", ") + h.column;
    for (const HashedColumn& h : t.hashed) {
        select += std::string(", ") + h.hashColumn;
        set += (set.empty() ? "" : ", ") + std::string(h.hashColumn) + " = ?";
    }
    if (t.nameKey) {
        select += ", name, name_key";
        set += ", name_key = ?";
    }
    auto read = db.prepare(select + " FROM " + t.table);
    auto update = db.prepare(std::string("UPDATE ") + t.table + " SET " + set + " WHERE id = ?");
    if (!read)
        return read.error();
    if (!update)
        return update.error();
    const int n = static_cast<int>(t.hashed.size());
    std::int64_t changed = 0;
    Status failed;
    std::vector<Bytes> hashes(t.hashed.size());
    TESSERA_TRY(read->forEachRow([&](const Statement& s) {
        if (!failed)
            return;
        bool differ = false;
        for (int i = 0; i < n; ++i) {
            const HashedColumn& h = t.hashed[static_cast<std::size_t>(i)];
            auto plain = cipher.decryptOptional(optionalBlob(s, 1 + i), h.label);
            if (!plain) {
                failed = plain.error();
                return;
            }
            Bytes& hash = hashes[static_cast<std::size_t>(i)];
            hash = *plain ? lookupHashOf(cipher, h.normalisation, **plain) : Bytes{};
            differ = differ || differs(s, 1 + n + i, hash);
        }
        std::string name;
        if (t.nameKey) {
            name = nameKey(s.textView(1 + 2 * n));
            differ = differ || s.textView(2 + 2 * n) != name;
        }
        if (!differ)
            return;
        update->reset();
        int index = 1;
        for (const Bytes& hash : hashes)
            hash.empty() ? update->bindNull(index++) : update->bindBlob(index++, hash);
        if (t.nameKey)
            update->bind(index++, name);
        update->bind(index, s.int64(0));
        failed = update->run();
        ++changed;
    }));
    if (!failed)
        return failed.error();
    return changed;
}

} // namespace

Result<bool> lookupKeysOutdated(Database& db) {
    // Absent or unreadable: remake the keys, which is always safe.
    auto version = SettingsRepository(db).getInt(kVersionSetting, 1);
    if (!version)
        return version.error();
    return *version < kLookupKeysVersion;
}

Status markLookupKeysCurrent(Database& db) {
    return SettingsRepository(db).set(kVersionSetting, std::to_string(kLookupKeysVersion));
}

Result<LookupKeysRefresh> refreshLookupKeys(Database& db, const FieldCipher& cipher) {
    auto outdated = lookupKeysOutdated(db);
    if (!outdated)
        return outdated.error();
    LookupKeysRefresh refresh;
    if (!*outdated)
        return refresh;
    auto tx = TransactionGuard::begin(db);
    if (!tx)
        return tx.error();
    // Remaking every key of a large table is faster with its indexes built
    // afresh at the end than kept up to date row by row (SuspendedIndexes).
    auto count = db.queryInt64("SELECT count(*) FROM customers");
    if (!count)
        return count.error();
    std::optional<SuspendedIndexes> suspended;
    if (*count >= kSuspendIndexesFrom) {
        auto dropped = SuspendedIndexes::drop(db, "customers");
        if (!dropped)
            return dropped.error();
        suspended.emplace(std::move(*dropped));
    }
    auto customers = refreshTable(db, cipher, kCustomers);
    if (!customers)
        return customers.error();
    if (suspended)
        TESSERA_TRY(suspended->rebuild());
    auto contacts = refreshTable(db, cipher, kContacts);
    if (!contacts)
        return contacts.error();
    TESSERA_TRY(markLookupKeysCurrent(db));
    TESSERA_TRY(tx->commit());
    refresh.customersChanged = *customers;
    refresh.contactsChanged = *contacts;
    return refresh;
}

} // namespace tessera::storage
