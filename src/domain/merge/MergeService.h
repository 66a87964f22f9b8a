#pragma once

// Merging a duplicate customer (B) into its survivor (A), and undoing it.
// Supervisors may merge two customers of their team, administrators any two;
// both customers are checked, refusals audited. A merge moves every row that
// refers to B to A (storage/merge/CustomerMergeRepository), keeps B's code as
// an alias of A, and journals what was there so undo restores it exactly, as
// long as A has not changed since. Audited as customer.merge and
// customer.unmerge with ids only. See docs/merge.md.

#include "common/Result.h"
#include "domain/customers/CustomerService.h"
#include "domain/merge/MergePlan.h"
#include "domain/workspace/Workspace.h"

#include <QCoreApplication>
#include <QString>
#include <cstdint>
#include <string>
#include <vector>

namespace tessera::domain {

// Both customers side by side, and what a merge would move.
struct MergePreview {
    CustomerView into;
    CustomerView from;
    std::vector<storage::MergeTableCount> counts;
};

class MergeService {
    Q_DECLARE_TR_FUNCTIONS(MergeService)

public:
    explicit MergeService(Workspace& workspace) : m_ws(workspace) {}

    Result<MergePreview> preview(std::int64_t intoId, std::int64_t fromId);
    Result<MergeOutcome> merge(const MergePlan& plan);
    Status unmerge(std::int64_t mergeId);
    // Merges into `customerId` that may still be undone, newest first.
    Result<std::vector<storage::MergeRecord>> mergesInto(std::int64_t customerId);

    // The field's name for a form ("Phone").
    static QString fieldLabel(MergeField field);
    // A table's rows for a person ("contacts" -> "Contacts").
    static QString tableLabel(const std::string& table);
    // "name,phone,id_number" -> fields; an unknown key is an error naming it.
    static Result<std::vector<MergeField>> parseFields(const std::string& list);

private:
    Status authorizePair(std::int64_t intoId, std::int64_t fromId);

    Workspace& m_ws;
};

} // namespace tessera::domain
