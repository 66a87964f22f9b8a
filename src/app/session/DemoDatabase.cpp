#include "app/session/DemoDatabase.h"

#include "app/common/Text.h"
#include "demo/DemoCampaigns.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoToday.h"
#include "domain/scoring/ScoringService.h"
#include "domain/setup/WorkspaceSetup.h"

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
    auto workspace = domain::WorkspaceSetup::create(ss(path), options);
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
    domain::DemoOptions options;
    options.customers = kCustomerCount;
    auto summary = domain::DemoGenerator(workspace).generate(options, job);
    if (!summary)
        return summary.error();
    // Today's follow-ups, tickets and contacts: My Day, the Tickets tab and
    // every kind of warning have something to show.
    auto today = domain::DemoToday::add(workspace, options.seed, job);
    if (!today)
        return today.error();
    auto campaigns = domain::DemoCampaigns::add(workspace, options.endDay);
    if (!campaigns)
        return campaigns.error();
    // Scored a month before the data's last day and on it, so tiers, scores
    // and the score card show from the first look rather than after a run the
    // visitor must find, and the two runs give tier changes and value-flow
    // warnings.
    domain::ScoringRequest scoring;
    for (const std::int32_t day : {options.endDay - 30, options.endDay}) {
        scoring.asOfDay = day;
        auto run = domain::ScoringService(workspace).run(scoring, job);
        if (!run)
            return run.error();
    }
    return {};
}

} // namespace tessera::app
