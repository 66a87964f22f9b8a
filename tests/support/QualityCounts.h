#pragma once

// What each completeness figure (domain/quality) counts, phrased apart from
// the repository's SQL: a customer that is not archived lacks the field when
// the condition holds. The domain and CLI tests compare the figures with
// these direct counts.

#include "storage/sqlite/Database.h"

#include <map>
#include <stdexcept>
#include <string>

namespace tessera::test {

inline const std::map<std::string, std::string>& qualityMissingConditions() {
    static const std::map<std::string, std::string> conditions = {
        {"name", "length(trim(name)) = 0"},
        {"type", "kind NOT IN ('company', 'person')"},
        {"industry", "length(trim(industry)) = 0"},
        {"region", "length(trim(region)) = 0"},
        {"channel", "length(trim(channel)) = 0"},
        {"owner", "owner_id IS NULL"},
        {"phone_or_email", "phone IS NULL AND email IS NULL AND id NOT IN (SELECT customer_id FROM "
                           "contacts WHERE phone IS NOT NULL OR email IS NOT NULL)"},
        {"consent", "consent_channels = '' AND unsubscribed = 0 AND id NOT IN "
                    "(SELECT customer_id FROM consent_events)"},
        {"tags", "id NOT IN (SELECT customer_id FROM customer_tags)"},
    };
    return conditions;
}

// Customers not archived (and of `owner`, a user name, when given; "-" for
// the unassigned) that have field `key`, or all of them when `key` is empty.
inline std::int64_t directQualityCount(storage::Database& db, const std::string& key,
                                       const std::string& owner = {}) {
    std::string sql = "SELECT COUNT(*) FROM customers WHERE archived = 0";
    if (owner == "-")
        sql += " AND owner_id IS NULL";
    else if (!owner.empty())
        sql += " AND owner_id = (SELECT id FROM users WHERE username = '" + owner + "')";
    auto all = db.queryInt64(sql);
    if (!all)
        throw std::runtime_error(all.error().message);
    if (key.empty())
        return *all;
    auto missing = db.queryInt64(sql + " AND (" + qualityMissingConditions().at(key) + ")");
    if (!missing)
        throw std::runtime_error(missing.error().message);
    return *all - *missing;
}

} // namespace tessera::test
