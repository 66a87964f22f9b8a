#pragma once

// Reading the audit log (administrators): filtered lists, and verification of
// its hash chain.

#include "common/Result.h"
#include "domain/Workspace.h"
#include "storage/AuditChain.h"
#include "storage/AuditRepository.h"

#include <vector>

namespace tessera::domain {

class AuditService {
public:
    explicit AuditService(Workspace& workspace) : m_ws(workspace) {}

    Result<std::vector<storage::AuditRecord>> list(const storage::AuditFilter& filter);
    Result<storage::AuditVerification> verify();

private:
    Workspace& m_ws;
};

} // namespace tessera::domain
