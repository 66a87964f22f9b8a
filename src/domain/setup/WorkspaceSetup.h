#pragma once

// How the faces create and open a database: the workspace itself plus what
// each capability adds to it (a backup before a schema migration, the default
// scoring profile, the journey stages). It sits above those capabilities so
// that the workspace, at the bottom of the domain, never calls up into them.

#include "domain/workspace/Workspace.h"

namespace tessera::domain {

class WorkspaceSetup {
public:
    // A new database with its first administrator signed in, the default
    // scoring profile and the journey stages, all in one transaction.
    static Result<std::unique_ptr<Workspace>> create(const std::string& path,
                                                     const NewWorkspaceOptions& options);
    // An existing database, backed up first when opening it migrates its schema.
    static Result<std::unique_ptr<Workspace>> open(const std::string& path);
};

} // namespace tessera::domain
