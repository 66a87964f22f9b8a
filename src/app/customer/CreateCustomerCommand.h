#pragma once

// Undoing a new customer removes it again (CustomerService::discardNew, which
// refuses once the customer has activity); redoing creates it anew.

#include "app/customer/CustomerCommand.h"

namespace tessera::app {

class CreateCustomerCommand : public CustomerCommand {
    Q_DECLARE_TR_FUNCTIONS(CreateCustomerCommand)

public:
    // `created` is the customer as stored after the window created it.
    CreateCustomerCommand(domain::Workspace& workspace, CommandHooks hooks,
                          storage::CustomerRecord created);

protected:
    Status apply() override;
    Status revert() override;
    std::int64_t customerId() const override { return m_record.id; }

private:
    storage::CustomerRecord m_record;
};

} // namespace tessera::app
