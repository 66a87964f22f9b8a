#include "domain/setup/WorkspaceSetup.h"

#include "domain/admin/MaintenanceService.h"
#include "domain/journeys/JourneyDefaults.h"
#include "domain/scoring/ProfileService.h"

namespace tessera::domain {

Result<std::unique_ptr<Workspace>> WorkspaceSetup::create(const std::string& path,
                                                          const NewWorkspaceOptions& options) {
    return Workspace::create(path, options, [](Workspace& ws) -> Status {
        TESSERA_TRY(seedJourneyStages(ws.db()));
        return ProfileService::ensureDefaults(ws);
    });
}

Result<std::unique_ptr<Workspace>> WorkspaceSetup::open(const std::string& path) {
    storage::OpenOptions options;
    options.beforeMigrate = MaintenanceService::backupBeforeMigration;
    return Workspace::open(path, options);
}

} // namespace tessera::domain
