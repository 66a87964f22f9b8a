#include "app/customer/ArchiveCustomerCommand.h"

namespace tessera::app {

ArchiveCustomerCommand::ArchiveCustomerCommand(domain::Workspace& workspace, CommandHooks hooks,
                                               std::int64_t customerId, const QString& code,
                                               bool archived)
    : CustomerCommand(workspace, std::move(hooks),
                      archived ? tr("Archive customer %1").arg(code)
                               : tr("Restore customer %1").arg(code)),
      m_customerId(customerId), m_archived(archived) {}

} // namespace tessera::app
