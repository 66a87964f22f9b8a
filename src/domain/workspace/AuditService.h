#pragma once

// Reading the audit log (administrators): filtered lists, and verification of
// its hash chain.

#include "common/Result.h"
#include "domain/workspace/Workspace.h"
#include "storage/admin/AuditChain.h"
#include "storage/admin/AuditRepository.h"

#include <QCoreApplication>
#include <vector>

namespace tessera::domain {

class AuditService {
    Q_DECLARE_TR_FUNCTIONS(AuditService)

public:
    explicit AuditService(Workspace& workspace) : m_ws(workspace) {}

    Result<std::vector<storage::AuditRecord>> list(const storage::AuditFilter& filter);
    Result<storage::AuditVerification> verify();
    // The verification's outcome in one translated sentence: intact with its
    // row count, or the first broken row and why.
    static std::string describe(const storage::AuditVerification& verification);

private:
    Workspace& m_ws;
};

} // namespace tessera::domain
