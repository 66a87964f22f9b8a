#include "domain/workspace/AuditService.h"

namespace tessera::domain {

Result<std::vector<storage::AuditRecord>> AuditService::list(const storage::AuditFilter& filter) {
    TESSERA_TRY(m_ws.authorize(Action::ReadAudit, "audit"));
    return storage::AuditRepository(m_ws.db()).list(filter);
}

Result<storage::AuditVerification> AuditService::verify() {
    TESSERA_TRY(m_ws.authorize(Action::ReadAudit, "audit", "verify"));
    return m_ws.auditChain().verify();
}

std::string AuditService::describe(const storage::AuditVerification& v) {
    using storage::AuditBreak;
    const qint64 row = v.brokenRow.value_or(0);
    QString text;
    switch (v.kind) {
    case AuditBreak::None:
        text = tr("The audit log is intact: %Ln row(s) verify against the chain.", nullptr,
                  static_cast<int>(v.rowsChecked));
        break;
    case AuditBreak::MissingRow:
        text = tr("The audit log is broken at row %1: the row is missing (removed from inside "
                  "the log).")
                   .arg(row);
        break;
    case AuditBreak::LostHash:
        text = tr("The audit log is broken at row %1: the row has lost its hash inside the chain.")
                   .arg(row);
        break;
    case AuditBreak::Changed:
        text = tr("The audit log is broken at row %1: the row does not match its hash (it was "
                  "changed, or a row was inserted or removed just before it).")
                   .arg(row);
        break;
    case AuditBreak::RemovedAtEnd:
        text = tr("The audit log is broken at row %1: rows from there on were removed from the "
                  "end of the log.")
                   .arg(row);
        break;
    case AuditBreak::HeadMismatch:
        text = tr("The audit log is broken at row %1: the end of the chain does not match its "
                  "signed head.")
                   .arg(row);
        break;
    }
    return text.toStdString();
}

} // namespace tessera::domain
