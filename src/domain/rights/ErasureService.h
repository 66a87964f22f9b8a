#pragma once

// Erasure of a person's personal data (issue 14, point 5), by an
// administrator who has just confirmed their password, with a reason. The
// customer stays as a pseudonym ("ERASED-<id>") so revenue, scores and the
// counts of activity keep adding up; everything that names or describes the
// person is removed, and the file is rebuilt so no copy remains in its free
// space or its WAL. Backups made before stay as they are: backupsHolding()
// says which still hold erased persons, until retention removes them.

#include "common/Result.h"
#include "domain/workspace/JobControl.h"
#include "domain/workspace/Workspace.h"
#include "storage/rights/ErasureRepository.h"

#include <QCoreApplication>
#include <cstdint>
#include <string>
#include <vector>

namespace tessera::domain {

struct ErasureReport {
    std::int64_t erasureId = 0;
    std::int64_t customerId = 0;
    std::string pseudonym;
    // False when another connection kept the WAL from being truncated: the
    // erased values' old pages leave it when that connection closes.
    bool walTruncated = true;
};

class ErasureService {
    Q_DECLARE_TR_FUNCTIONS(ErasureService)

public:
    static constexpr std::size_t kMaxReasonLength = 500;
    // Stored data, so it is the same in every language and never changes.
    static constexpr const char* kPseudonymPrefix = "ERASED-";

    explicit ErasureService(Workspace& workspace) : m_ws(workspace) {}

    static std::string pseudonym(std::int64_t customerId);

    // Refused (and audited) without the permission or a fresh
    // Workspace::confirmIdentity(); an empty reason or an already erased
    // customer changes nothing.
    Result<ErasureReport> erase(std::int64_t customerId, const std::string& reason,
                                const JobControl& job = {});

    // Every erasure so far (administrators).
    Result<std::vector<storage::ErasureRecord>> erasures();

    // For each backup file, how many erased persons it still holds
    // (administrators; a file that cannot be read counts -1).
    Result<std::vector<std::int64_t>> backupsHolding(const std::vector<std::string>& backupPaths);

private:
    Workspace& m_ws;
};

} // namespace tessera::domain
