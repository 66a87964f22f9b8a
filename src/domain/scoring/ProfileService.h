#pragma once

// Versioned scoring profiles: every setting of scoring.md, editable by
// analysts and administrators; saving makes a new version with author, time
// and reason, and every version stays readable.

#include "common/Result.h"
#include "domain/workspace/Workspace.h"
#include "scoring/ScoringParameters.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <string>
#include <vector>

namespace tessera::domain {

struct ProfileVersion {
    std::int64_t version = 0;
    std::int64_t createdAt = 0;
    std::string author;
    std::string reason;
    scoring::ScoringParameters parameters;
    QJsonObject json;
};

class ProfileService {
    Q_DECLARE_TR_FUNCTIONS(ProfileService)

public:
    explicit ProfileService(Workspace& workspace) : m_ws(workspace) {}

    // The newest version; the defaults of scoring.md become version 1 the first time.
    Result<ProfileVersion> current();
    Result<ProfileVersion> version(std::int64_t version);
    Result<std::vector<ProfileVersion>> history(int limit = 20);

    // Saves a new version (analysts and administrators; a reason is required).
    Result<ProfileVersion> save(const scoring::ScoringParameters& parameters,
                                const std::string& reason);
    // Applies "key=value" edits to the current version and saves the result.
    Result<ProfileVersion> edit(const std::vector<std::string>& edits, const std::string& reason);

    // Stores the defaults as version 1 when there is no version yet.
    static Status ensureDefaults(Workspace& workspace);

private:
    Workspace& m_ws;
};

} // namespace tessera::domain
