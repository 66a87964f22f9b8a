#pragma once

// The completeness of the customer records (issue 14, docs/data-quality.md):
// how many customers that are not archived have each key field, counted per
// owner in one pass over the customers table, and the customers that lack
// one. What "has the field" means is written once, as SQL, in the .cpp;
// the goals and who may see what are the domain's (domain/quality).

#include "common/Result.h"
#include "storage/sqlite/Database.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tessera::storage {

// The fields measured, in the order they are shown. Tags is last: it has a
// goal of its own.
enum class QualityField {
    Name,
    Kind,
    Industry,
    Region,
    Channel,
    Owner,
    PhoneOrEmail, // the customer's own phone or email, or any contact's
    Consent,      // channels allowed, unsubscribed, or any consent event
    Tags,         // at least one tag
};
inline constexpr std::size_t kQualityFieldCount = 9;

// Whose customers: everyone (owners nullopt, unassigned false), the owners
// listed, or only the customers without an owner.
struct QualityScope {
    std::optional<std::vector<std::int64_t>> owners;
    bool unassignedOnly = false;
};

// One owner's counts (ownerId nullopt: the customers without an owner).
struct QualityCounts {
    std::optional<std::int64_t> ownerId;
    std::int64_t customers = 0;
    std::array<std::int64_t, kQualityFieldCount> filled{};
};

struct IncompleteCustomerRow {
    std::int64_t id = 0;
    std::string code;
    std::string name;
    std::string kind;
    std::optional<std::int64_t> ownerId;
};

class QualityRepository {
public:
    explicit QualityRepository(Database& db) : m_db(db) {}

    // The smallest and largest customer id (0, 0 when there are none), to
    // split the count into id ranges a caller can report and cancel between.
    Result<std::pair<std::int64_t, std::int64_t>> idRange();

    // The counts of the customers in scope with ids in [firstId, lastId],
    // one row per owner: one aggregate query over a rowid range.
    Result<std::vector<QualityCounts>> countsByOwner(const QualityScope& scope,
                                                     std::int64_t firstId, std::int64_t lastId);

    // The customers in scope that lack `field`, by code, at most `limit`.
    Result<std::vector<IncompleteCustomerRow>> incomplete(QualityField field,
                                                          const QualityScope& scope, int limit);

private:
    Database& m_db;
};

} // namespace tessera::storage
