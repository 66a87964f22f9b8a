#include "storage/duplicates/DuplicateRepository.h"

#include <algorithm>

namespace tessera::storage {
namespace {

const char* columnOf(DuplicateKey key) {
    switch (key) {
    case DuplicateKey::IdNumber: return "id_number_hash";
    case DuplicateKey::Phone: return "phone_hash";
    case DuplicateKey::Email: return "email_hash";
    case DuplicateKey::Name: return "name_key";
    }
    return "name_key";
}

// Each key's column has a partial index over its present values; the
// condition repeats the index's own, so SQLite walks that index in key order.
std::string presentCondition(DuplicateKey key) {
    return key == DuplicateKey::Name ? std::string("name_key <> ''")
                                     : std::string(columnOf(key)) + " IS NOT NULL";
}

// The key as the server's tessera_duplicate_groups() names it.
const char* duplicateKeyName(DuplicateKey key) {
    switch (key) {
    case DuplicateKey::IdNumber: return "id_number";
    case DuplicateKey::Phone: return "phone";
    case DuplicateKey::Email: return "email";
    case DuplicateKey::Name: return "name";
    }
    return "name";
}

} // namespace

Result<std::vector<DuplicateGroup>>
DuplicateRepository::groups(DuplicateKey key, std::int64_t maxGroupSize,
                            const std::optional<std::vector<std::int64_t>>& owners,
                            std::optional<std::int64_t> fromId) {
    const std::string column = columnOf(key);
    const std::string present = presentCondition(key);
    // The keys shared by 2..max customers, each with its members in id
    // order: one walk of the column's index.
    std::string sql =
        "SELECT " + column + ", id, owner_id FROM customers WHERE " + present + " AND " + column +
        " IN (SELECT " + column + " FROM customers WHERE " + present + " GROUP BY " + column +
        " HAVING count(*) BETWEEN 2 AND ?1 AND max(id) >= ?2) ORDER BY " + column + ", id";
    // On a team server a role may not read the keyed hashes (an analyst) or
    // see every customer sharing a value, which the group's size counts: the
    // server groups them with the owner's rights and hands back a group
    // number for the value, and only the members the caller may see.
    if (m_db.isServer())
        sql =
            std::string("SELECT group_no, customer_id, owner_id FROM tessera_duplicate_groups('") +
            duplicateKeyName(key) + "', ?1, ?2)";
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return stmt.error();
    stmt->bind(1, maxGroupSize).bind(2, fromId.value_or(0));
    std::vector<DuplicateGroup> groups;
    std::string currentKey;
    bool first = true;
    DuplicateGroup group{key, {}};
    const auto close = [&] {
        if (group.ids.size() >= 2)
            groups.push_back(std::move(group));
        group = DuplicateGroup{key, {}};
    };
    TESSERA_TRY(stmt->forEachRow([&](const Statement& s) {
        const std::string_view value = s.textView(0); // also a blob's bytes
        if (first || value != currentKey) {
            close();
            currentKey.assign(value);
            first = false;
        }
        if (owners) {
            const auto owner = s.optionalInt64(2);
            if (!owner || std::find(owners->begin(), owners->end(), *owner) == owners->end())
                return;
        }
        group.ids.push_back(s.int64(1));
    }));
    close();
    return groups;
}

Result<std::vector<DuplicateCustomerRow>>
DuplicateRepository::customers(std::span<const std::int64_t> ids) {
    auto stmt = m_db.prepare("SELECT c.id, c.code, c.name, c.kind, c.owner_id, "
                             "coalesce(u.display_name, '') FROM customers c "
                             "LEFT JOIN users u ON u.id = c.owner_id WHERE c.id = ?");
    if (!stmt)
        return stmt.error();
    std::vector<DuplicateCustomerRow> rows;
    rows.reserve(ids.size());
    for (std::int64_t id : ids) {
        stmt->reset();
        stmt->bind(1, id);
        auto found = stmt->first([](const Statement& s) {
            return DuplicateCustomerRow{s.int64(0), s.text(1),          s.text(2),
                                        s.text(3),  s.optionalInt64(4), s.text(5)};
        });
        if (!found)
            return found.error();
        if (*found)
            rows.push_back(std::move(**found));
    }
    return rows;
}

} // namespace tessera::storage
