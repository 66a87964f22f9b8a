#include "app/customer/EditCustomerCommand.h"

#include "app/common/Text.h"

namespace tessera::app {

EditCustomerCommand::EditCustomerCommand(domain::Workspace& workspace, CommandHooks hooks,
                                         storage::CustomerRecord before,
                                         storage::CustomerRecord after)
    : CustomerCommand(workspace, std::move(hooks), tr("Edit customer %1").arg(qs(after.code))),
      m_before(std::move(before)), m_after(std::move(after)) {}

} // namespace tessera::app
