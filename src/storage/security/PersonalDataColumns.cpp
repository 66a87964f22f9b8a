#include "storage/security/PersonalDataColumns.h"

namespace tessera::storage {

Bytes lookupHashOf(const FieldCipher& cipher, LookupNormalisation normalisation,
                   const std::string& plain) {
    std::string normal;
    switch (normalisation) {
    case LookupNormalisation::Phone: normal = FieldCipher::normalisePhone(plain); break;
    case LookupNormalisation::Email: normal = FieldCipher::normaliseEmail(plain); break;
    case LookupNormalisation::IdNumber: normal = FieldCipher::normaliseIdNumber(plain); break;
    case LookupNormalisation::None: break;
    }
    return normal.empty() ? Bytes{} : cipher.lookupHash(normal);
}

namespace {

Result<std::int64_t> reencryptColumn(Database& db, const PersonalDataColumn& c,
                                     const FieldCipher& from, const FieldCipher& to) {
    auto select = db.prepare(std::string("SELECT ") + c.keyColumn + ", " + c.column + " FROM " +
                             c.table + " WHERE " + c.column + " IS NOT NULL");
    if (!select)
        return select.error();
    const std::string set = std::string(c.column) + " = ?" +
                            (c.hashColumn ? std::string(", ") + c.hashColumn + " = ?" : "");
    auto update = db.prepare(std::string("UPDATE ") + c.table + " SET " + set + " WHERE " +
                             c.keyColumn + " = ?");
    if (!update)
        return update.error();
    std::int64_t count = 0;
    Status failed;
    TESSERA_TRY(select->forEachRow([&](const Statement& s) {
        if (!failed)
            return;
        auto plain = from.decrypt(s.blob(1), c.label);
        if (!plain) {
            failed = plain.error();
            return;
        }
        update->reset();
        update->bindBlob(1, to.encrypt(*plain, c.label));
        int key = 2;
        if (c.hashColumn) {
            const Bytes hash = lookupHashOf(to, c.normalisation, *plain);
            if (hash.empty())
                update->bindNull(2);
            else
                update->bindBlob(2, hash);
            key = 3;
        }
        update->bind(key, s.int64(0));
        failed = update->run();
        ++count;
    }));
    if (!failed)
        return failed.error();
    return count;
}

} // namespace

Result<std::int64_t> reencryptPersonalData(Database& db, const FieldCipher& from,
                                           const FieldCipher& to,
                                           const std::function<void(std::size_t)>& columnDone) {
    std::int64_t total = 0;
    for (std::size_t i = 0; i < kPersonalDataColumns.size(); ++i) {
        auto count = reencryptColumn(db, kPersonalDataColumns[i], from, to);
        if (!count)
            return count.error();
        total += *count;
        if (columnDone)
            columnDone(i + 1);
    }
    return total;
}

} // namespace tessera::storage
