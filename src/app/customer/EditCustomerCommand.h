#pragma once

// Undoing an edit puts the customer back as it was before; redoing applies the
// edit again. Each step first checks that nobody else changed the customer.

#include "app/customer/CustomerCommand.h"

namespace tessera::app {

class EditCustomerCommand : public CustomerCommand {
    Q_DECLARE_TR_FUNCTIONS(EditCustomerCommand)

public:
    // The customer as stored before and after the window saved the edit.
    EditCustomerCommand(domain::Workspace& workspace, CommandHooks hooks,
                        storage::CustomerRecord before, storage::CustomerRecord after);

protected:
    Status apply() override { return replaceIfUnchanged(m_before, m_after); }
    Status revert() override { return replaceIfUnchanged(m_after, m_before); }
    std::int64_t customerId() const override { return m_after.id; }

private:
    storage::CustomerRecord m_before;
    storage::CustomerRecord m_after;
};

} // namespace tessera::app
