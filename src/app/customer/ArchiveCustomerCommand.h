#pragma once

// Archiving or restoring a customer; undo does the opposite.

#include "app/customer/CustomerCommand.h"

namespace tessera::app {

class ArchiveCustomerCommand : public CustomerCommand {
    Q_DECLARE_TR_FUNCTIONS(ArchiveCustomerCommand)

public:
    // `archived`: the state the window just set.
    ArchiveCustomerCommand(domain::Workspace& workspace, CommandHooks hooks,
                           std::int64_t customerId, const QString& code, bool archived);

protected:
    Status apply() override { return service().setArchived(m_customerId, m_archived); }
    Status revert() override { return service().setArchived(m_customerId, !m_archived); }
    std::int64_t customerId() const override { return m_customerId; }

private:
    std::int64_t m_customerId;
    bool m_archived;
};

} // namespace tessera::app
