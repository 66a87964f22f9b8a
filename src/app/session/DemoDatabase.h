#pragma once

// The demo database behind `tessera --demo-database`: one file in the
// application's data folder, created and filled with demo customers on first use.

#include "common/Result.h"
#include "domain/workspace/JobControl.h"
#include "domain/workspace/Workspace.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

namespace tessera::app {

class DemoDatabase {
    Q_DECLARE_TR_FUNCTIONS(DemoDatabase)

public:
    static constexpr const char* kAdminUsername = "admin";
    static constexpr const char* kAdminPassword = "tessera-demo";
    static constexpr int kCustomerCount = 5000; // a few seconds on first run

    // <AppDataLocation>/demo.tessera
    static QString path();

    // Creates the database at `path` with its administrator signed in, then
    // fills it with demo data. On failure or cancel no file is left behind.
    static Result<std::unique_ptr<domain::Workspace>> create(const QString& path,
                                                             const domain::JobControl& job);

private:
    static Status fill(domain::Workspace& workspace, const domain::JobControl& job);
};

} // namespace tessera::app
