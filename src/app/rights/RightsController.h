#pragma once

// A person's rights over their data, for administrators: Edit > Export
// Person's Data… writes everything held about the selected customer to a
// JSON file, and Edit > Erase Personal Data… erases it (both after the
// password is given again; hidden from other roles). Both run in the
// background; the customer's views read again after an erasure.

#include "app/common/ActionRegistry.h"
#include "app/common/WorkspaceContext.h"

#include <memory>

namespace tessera::app {

class RightsController : public QObject {
    Q_OBJECT

public:
    RightsController(WorkspaceContext& context, ActionRegistry& actions);

    // Export Person's Data without its file dialog (the tests call it).
    void exportPersonTo(const QString& path);

signals:
    void exportFinished(bool ok);
    void erasureFinished(bool ok);

private:
    void registerActions(ActionRegistry& actions);
    void exportPerson();
    void erasePersonalData();
    void startErasure(std::shared_ptr<domain::Workspace> worker, std::int64_t customerId,
                      const QString& reason);

    WorkspaceContext& m_context;
};

} // namespace tessera::app
