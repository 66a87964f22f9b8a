#pragma once

// Merging one customer (B, "from") into another (A, "into") and undoing it,
// in SQL: every row that refers to B moves to A, or is set aside where A has
// the same row already; B's row goes, its code stays as an alias of A; and a
// journal of what was there (StoredRows, RowJournal) lets undo put it all
// back. The caller owns the transaction and the rules (who may merge which
// customers, which values win).

#include "common/Result.h"
#include "storage/merge/RowJournal.h"
#include "storage/sqlite/Database.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace tessera::storage {

// A customer's fields as a merge chooses them; each names one or more columns.
enum class MergeField {
    Name,
    Kind,
    Industry,
    Region,
    Channel,
    Owner,
    Lifecycle,
    Risk,
    Consent,
    ContactFrequency,
    Phone,
    Email,
    IdNumber,
    Address,
    Notes,
};
inline constexpr int kMergeFieldCount = 15;

// A table with rows referring to a customer, and the columns besides
// customer_id that tell its rows apart (where A and B can clash).
struct CustomerReference {
    const char* table;
    std::vector<const char*> key;
};
const std::vector<CustomerReference>& customerReferences();

struct MergeTableCount {
    std::string table;
    std::int64_t moved = 0;
    std::int64_t setAside = 0; // A has the same row already: B's kept in the journal
};

struct MergeRecord {
    std::int64_t id = 0;
    std::int64_t intoId = 0;
    std::int64_t fromId = 0;
    std::string fromCode;
    std::optional<std::int64_t> mergedBy;
    std::int64_t mergedAt = 0;
};

struct MergeWrite {
    std::int64_t mergeId = 0;
    std::vector<MergeTableCount> counts;
};

struct CustomerAlias {
    std::string code;
    std::int64_t customerId = 0;
    std::int64_t mergeId = 0;
    std::string survivorCode; // the code of the customer it names
};

class CustomerMergeRepository {
public:
    explicit CustomerMergeRepository(Database& db) : m_db(db) {}

    // What a merge of `fromId` into `intoId` would move and set aside, per table.
    Result<std::vector<MergeTableCount>> preview(std::int64_t intoId, std::int64_t fromId);

    // Merges; `takeFromB` lists the fields whose value comes from B. Both
    // customers must exist and differ.
    Result<MergeWrite> merge(std::int64_t intoId, std::int64_t fromId,
                             std::span<const MergeField> takeFromB,
                             std::optional<std::int64_t> userId, std::int64_t now);

    // Puts back the state before merge `mergeId`. Conflict when the survivor
    // changed since (its version), a moved row is gone, or B's id was reused;
    // NotFound when the merge or the survivor is gone.
    Status unmerge(std::int64_t mergeId);

    Result<std::optional<MergeRecord>> find(std::int64_t mergeId);
    // Merges whose survivor is `customerId`, newest first.
    Result<std::vector<MergeRecord>> mergesInto(std::int64_t customerId);
    // The owner B had, from the journal (nullopt: none).
    Result<std::optional<std::int64_t>> fromOwner(std::int64_t mergeId);
    Result<std::optional<CustomerAlias>> aliasFor(const std::string& code);

private:
    Result<RowJournal> journalOf(std::int64_t mergeId);
    Status moveReferences(std::int64_t intoId, std::int64_t fromId, RowJournal& journal,
                          std::vector<MergeTableCount>& counts);
    Status moveReferencesBack(std::int64_t intoId, std::int64_t fromId, const RowJournal& journal);
    Status copyFields(std::int64_t intoId, std::int64_t fromId,
                      std::span<const MergeField> takeFromB, std::int64_t now);
    Status reindexSurvivor(std::int64_t intoId, std::int64_t fromId);

    Database& m_db;
};

} // namespace tessera::storage
