#pragma once

// What the portfolio list asks for: who may be seen, filters, search and order.

#include "storage/scoring/ScoringRecords.h"
#include "storage/security/FieldCipher.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tessera::storage {

enum class PortfolioSort {
    Code,
    Name,
    Kind,
    Industry,
    Region,
    Owner,
    Lifecycle,
    Risk,
    UpdatedAt,
    Loyalty,
    Health, // healthiest first when ascending; customers not yet computed last
    // From the scoring run named by scoreRunId; customers without scores last.
    Tier,
    RfmCode,
    Segment,
    Rfms,
    Crmv,
    Clv,
    PAlive,
};

struct PortfolioQuery {
    // Owners whose customers the caller may see; nullopt means every customer.
    // Set by the domain from the caller's role, never by the caller.
    std::optional<std::vector<std::int64_t>> visibleOwners;

    std::optional<std::int64_t> ownerId; // filter: this owner's customers
    bool unassignedOnly = false;         // filter: customers without an owner
    std::string tag;                     // filter: customers with this tag
    std::string lifecycle;               // filter: this lifecycle stage
    std::string loyalty;                 // filter: this loyalty-ladder stage
    std::optional<int> healthBelow;      // filter: health score under this
    bool includeArchived = false;

    // The scoring run whose results the list shows and filters on (the newest).
    std::optional<std::int64_t> scoreRunId;
    std::string tier;    // filter: this tier (needs scoreRunId)
    std::string segment; // filter: this RFM segment (needs scoreRunId)
    // filter: only these customers (the domain's choice, e.g. those with a warning).
    std::optional<std::vector<std::int64_t>> customerIds;

    // Free text: substring of name, code or a contact's name (three characters
    // or more), or a prefix of them (one or two characters).
    std::string search;
    bool searchCodesOnly = false; // for callers who may not search by personal names
    // Keyed hashes of a normalised phone or email to match exactly.
    std::vector<Bytes> searchHashes;

    PortfolioSort sort = PortfolioSort::Name;
    bool descending = false;
    std::optional<std::int64_t> limit;
};

} // namespace tessera::storage
