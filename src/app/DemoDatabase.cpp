#include "app/DemoDatabase.h"

#include "app/Text.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace tessera::app {
namespace {

void removeDatabaseFiles(const QString& path) {
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

QString DemoDatabase::path() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("demo.tessera"));
}

Result<std::unique_ptr<domain::Workspace>> DemoDatabase::create(const QString& path,
                                                                const domain::JobControl& job) {
    job.report(0, tr("Creating the demo database").toStdString());
    QDir().mkpath(QFileInfo(path).absolutePath());
    domain::NewWorkspaceOptions options;
    options.adminUsername = kAdminUsername;
    options.adminDisplayName = tr("Demo administrator").toStdString();
    options.adminPassword = kAdminPassword;
    auto workspace = domain::Workspace::create(ss(path), options);
    if (!workspace)
        return workspace.error();
    if (Status filled = fill(**workspace, job); !filled) {
        workspace->reset();
        removeDatabaseFiles(path);
        return filled.error();
    }
    job.report(100, tr("Demo database ready").toStdString());
    return workspace;
}

Status DemoDatabase::fill(domain::Workspace& workspace, const domain::JobControl& job) {
    // The demo data generator (domain::DemoGenerator in src/domain/DemoGenerator.h)
    // is being written on its own branch. When it is merged, this is the one
    // call to add here:
    //     return domain::DemoGenerator(workspace).generate(domain::DemoOptions{kCustomerCount},
    //     job);
    // Until then the demo database is created empty, with its administrator.
    (void)workspace;
    return job.checkCancelled();
}

} // namespace tessera::app
