#pragma once

// Finds customers that look like the same client (issue 14, docs/duplicates.md):
// pairs sharing a normalised phone, email or ID number (as keyed hashes, so
// nothing is decrypted) or a name key, scored by DuplicateScoring. The list is
// scoped like the portfolio: administrators and analysts see every pair,
// supervisors the pairs within their team's customers; analysts see people's
// names as initials.

#include "common/Result.h"
#include "domain/duplicates/DuplicatePair.h"
#include "domain/workspace/JobControl.h"
#include "domain/workspace/Workspace.h"

#include <QCoreApplication>
#include <cstdint>
#include <optional>
#include <vector>

namespace tessera::domain {

class DuplicateFinder {
    Q_DECLARE_TR_FUNCTIONS(DuplicateFinder)

public:
    explicit DuplicateFinder(Workspace& workspace) : m_ws(workspace) {}

    // The candidate pairs the signed-in user may review (Action::ReviewDataQuality), best first.
    // Cancelled between its steps through `job`.
    Result<DuplicateList> find(const DuplicateRequest& request = {}, const JobControl& job = {});

    // The candidate pairs (at or above `minScore`) that hold a customer whose id
    // is at least `firstNewId`: what an import that created those customers
    // warns of. The import has checked its own permission; nothing is masked,
    // and callers show codes only.
    Result<std::vector<DuplicatePair>>
    pairsWithNew(std::int64_t firstNewId, double minScore = DuplicateScoring::kDefaultThreshold);

private:
    Result<std::vector<DuplicatePair>>
    collect(const std::optional<std::vector<std::int64_t>>& owners,
            std::optional<std::int64_t> fromId, double minScore, const JobControl& job = {});

    Workspace& m_ws;
};

} // namespace tessera::domain
