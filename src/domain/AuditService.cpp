#include "domain/AuditService.h"

namespace tessera::domain {

Result<std::vector<storage::AuditRecord>> AuditService::list(const storage::AuditFilter& filter) {
    TESSERA_TRY(m_ws.authorize(Action::ReadAudit, "audit"));
    return storage::AuditRepository(m_ws.db()).list(filter);
}

Result<storage::AuditVerification> AuditService::verify() {
    TESSERA_TRY(m_ws.authorize(Action::ReadAudit, "audit", "verify"));
    return m_ws.auditChain().verify();
}

} // namespace tessera::domain
