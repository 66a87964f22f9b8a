#include "app/customer/CreateCustomerCommand.h"

#include "app/common/Text.h"

namespace tessera::app {

CreateCustomerCommand::CreateCustomerCommand(domain::Workspace& workspace, CommandHooks hooks,
                                             storage::CustomerRecord created)
    : CustomerCommand(workspace, std::move(hooks), tr("Create customer %1").arg(qs(created.code))),
      m_record(std::move(created)) {}

Status CreateCustomerCommand::apply() {
    auto id = service().create(m_record);
    if (!id)
        return id.error();
    m_record.id = *id; // a new row, a new id
    return {};
}

Status CreateCustomerCommand::revert() {
    return service().discardNew(m_record.id);
}

} // namespace tessera::app
