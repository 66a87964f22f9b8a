#include "domain/admin/MaintenanceService.h"

#include "storage/admin/SettingsRepository.h"
#include "storage/admin/UserRepository.h"
#include "storage/security/PersonalDataColumns.h"
#include "storage/security/UserKeyring.h"
#include "storage/sqlite/DatabaseMaintenance.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimeZone>
#include <algorithm>
#include <charconv>

namespace tessera::domain {
namespace {

constexpr const char* kAutomaticPrefix = "auto-";

QString q(const std::string& text) {
    return QString::fromStdString(text);
}

// In UTC, marked Z: a backup is named before (or without) its database's
// calendar, and the same moment must give the same name on any machine.
std::string timestamp(std::int64_t ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
        .toString(QStringLiteral("yyyyMMdd-HHmmss-zzz'Z'"))
        .toStdString();
}

BackupInfo infoOf(const QFileInfo& file) {
    return {file.absoluteFilePath().toStdString(), file.size(),
            file.lastModified().toMSecsSinceEpoch()};
}

std::int64_t settingNumber(storage::Database& db, const char* key, std::int64_t fallback) {
    auto value = storage::SettingsRepository(db).get(key);
    if (!value || !*value)
        return fallback;
    std::int64_t number = fallback;
    const std::string& text = **value;
    std::from_chars(text.data(), text.data() + text.size(), number);
    return number;
}

// A file in the backups folder, named for its database and its moment.
std::string automaticBackupPath(const std::string& databasePath, const std::string& reason,
                                std::int64_t now) {
    const QString stem = QFileInfo(q(databasePath)).completeBaseName();
    const QString name =
        QStringLiteral("%1%2-%3-%4.tessera")
            .arg(QLatin1String(kAutomaticPrefix), stem, q(reason), q(timestamp(now)));
    return QDir(q(MaintenanceService::backupFolder(databasePath))).filePath(name).toStdString();
}

} // namespace

std::string MaintenanceService::backupFolder(const std::string& databasePath) {
    const QFileInfo file(q(databasePath));
    return file.absoluteDir().filePath(file.fileName() + QStringLiteral(".backups")).toStdString();
}

Status MaintenanceService::backupBeforeMigration(storage::Database& db, int fromVersion) {
    QDir().mkpath(q(backupFolder(db.path())));
    const std::string path =
        automaticBackupPath(db.path(), "before-migration-v" + std::to_string(fromVersion),
                            QDateTime::currentMSecsSinceEpoch());
    if (auto saved = storage::backupDatabase(db, path); !saved)
        return makeError(saved.error().code,
                         tr("The database needs a schema upgrade, but the backup before it failed "
                            "(%1); nothing was changed.")
                             .arg(q(saved.error().message))
                             .toStdString());
    return {};
}

// Backups, restores and the file check are about database files; a team
// server has PostgreSQL's own (docs/team-mode.md).
Status MaintenanceService::requireFile() const {
    if (!m_ws.db().isServer())
        return {};
    return makeError(ErrorCode::InvalidArgument,
                     tr("This database is a team server: its administrators back it up, restore "
                        "it and check it with PostgreSQL's own tools (pg_dump, pg_basebackup, "
                        "amcheck). 'tessera-cli audit --verify' checks its audit log.")
                         .toStdString());
}

Result<BackupInfo> MaintenanceService::backup(const std::string& destination) {
    TESSERA_TRY(m_ws.authorize(Action::ManageBackups, "backup", destination));
    TESSERA_TRY(requireFile());
    return makeBackup(destination);
}

Result<BackupInfo> MaintenanceService::makeBackup(const std::string& destination) {
    const bool automatic = destination.empty();
    const std::string folder = backupFolder(m_ws.db().path());
    if (automatic && !QDir().mkpath(q(folder)))
        return makeError(
            ErrorCode::IoError,
            tr("The backups folder %1 cannot be created.").arg(q(folder)).toStdString());
    const std::string path =
        automatic ? automaticBackupPath(m_ws.db().path(), "backup", m_ws.nowMs()) : destination;
    // The audit row goes in first, so the backup records its own making.
    TESSERA_TRY(m_ws.audit({"backup", "database", path, {}}));
    TESSERA_TRY(storage::backupDatabase(m_ws.db(), path));
    TESSERA_TRY(
        storage::SettingsRepository(m_ws.db()).set("last_backup_at", std::to_string(m_ws.nowMs())));
    if (automatic)
        TESSERA_TRY(prune(folder, static_cast<int>(settingNumber(m_ws.db(), "backup_retention",
                                                                 kDefaultRetention))));
    return infoOf(QFileInfo(q(path)));
}

Status MaintenanceService::prune(const std::string& folder, int keep) {
    QDir dir(q(folder));
    const QFileInfoList files = dir.entryInfoList(
        {QLatin1String(kAutomaticPrefix) + QStringLiteral("*.tessera")}, QDir::Files, QDir::Time);
    for (qsizetype i = std::max(keep, 1); i < files.size(); ++i)
        QFile::remove(files[i].absoluteFilePath());
    return {};
}

Result<std::vector<BackupInfo>> MaintenanceService::backups() {
    TESSERA_TRY(m_ws.authorize(Action::ManageBackups, "backup"));
    std::vector<BackupInfo> out;
    if (m_ws.db().isServer())
        return out; // no backups folder beside a server
    const QDir dir(q(backupFolder(m_ws.db().path())));
    for (const QFileInfo& file :
         dir.entryInfoList({QStringLiteral("*.tessera")}, QDir::Files, QDir::Time))
        out.push_back(infoOf(file));
    return out;
}

Result<std::optional<BackupInfo>> MaintenanceService::backupIfDue() {
    if (m_ws.db().isServer())
        return std::optional<BackupInfo>{};
    const std::int64_t last = settingNumber(m_ws.db(), "last_backup_at", 0);
    const std::int64_t hours =
        settingNumber(m_ws.db(), "backup_interval_hours", kDefaultIntervalHours);
    if (hours <= 0 || m_ws.nowMs() - last < hours * 3600 * 1000)
        return std::optional<BackupInfo>{};
    // The schedule protects everyone's data, so it runs whoever is signed in.
    if (!m_ws.isLoggedIn())
        return makeError(ErrorCode::AuthenticationFailed, tr("Sign in first.").toStdString());
    auto made = makeBackup({});
    if (!made)
        return made.error();
    return std::optional<BackupInfo>(*made);
}

Result<CheckReport> MaintenanceService::check() {
    TESSERA_TRY(m_ws.authorize(Action::ManageBackups, "check"));
    TESSERA_TRY(requireFile());
    auto integrity = storage::checkIntegrity(m_ws.db());
    if (!integrity)
        return integrity.error();
    auto audit = m_ws.auditChain().verify();
    if (!audit)
        return audit.error();
    return CheckReport{integrity->problems, *audit};
}

Result<BackupInfo> MaintenanceService::restore(const std::string& backupPath,
                                               const std::string& password) {
    TESSERA_TRY(m_ws.authorize(Action::ManageBackups, "restore", backupPath));
    TESSERA_TRY(requireFile());
    // Check a copy, so opening (and perhaps upgrading) never touches the backup itself.
    QTemporaryDir scratch;
    const QString copy = scratch.filePath(QStringLiteral("candidate.tessera"));
    if (!scratch.isValid() || !QFile::copy(q(backupPath), copy))
        return makeError(ErrorCode::NotFound,
                         tr("The backup %1 cannot be read.").arg(q(backupPath)).toStdString());
    {
        auto candidate = Workspace::open(copy.toStdString());
        if (!candidate)
            return makeError(
                candidate.error().code,
                tr("The backup is not usable: %1").arg(q(candidate.error().message)).toStdString());
        if (auto signedIn = (*candidate)->login(m_ws.session().username, password); !signedIn)
            return makeError(ErrorCode::AuthenticationFailed,
                             tr("You cannot sign in to this backup with your password, so its "
                                "audit log cannot be verified; nothing was restored.")
                                 .toStdString());
        auto report = MaintenanceService(**candidate).check();
        if (!report)
            return report.error();
        if (!report->ok())
            return makeError(ErrorCode::Corrupt,
                             tr("The backup does not pass its check (%1); nothing was restored.")
                                 .arg(q(report->problems.empty() ? report->audit.problem
                                                                 : report->problems.front()))
                                 .toStdString());
    }
    QDir().mkpath(q(backupFolder(m_ws.db().path())));
    const std::string before =
        automaticBackupPath(m_ws.db().path(), "before-restore", m_ws.nowMs());
    TESSERA_TRY(
        m_ws.audit({"restore", "database", backupPath, "previous state saved to " + before}));
    TESSERA_TRY(storage::backupDatabase(m_ws.db(), before));
    TESSERA_TRY(storage::restoreDatabase(m_ws.db(), copy.toStdString()));
    return infoOf(QFileInfo(q(before)));
}

Result<std::int64_t> MaintenanceService::rotateDataKey(const JobControl& job) {
    TESSERA_TRY(m_ws.authorize(Action::ManageUsers, "data_key", "rotate"));
    const storage::SecretKey newKey = storage::SecretKey::random();
    auto newCipher = storage::FieldCipher::create(newKey);
    if (!newCipher)
        return newCipher.error();
    auto tx = storage::TransactionGuard::begin(m_ws.db());
    if (!tx)
        return tx.error();
    const std::string stage = tr("Re-encrypting personal data under a new key").toStdString();
    job.report(0, stage);
    // The columns take most of the time; the users and the audit chain the last tenth.
    const auto columnDone = [&](std::size_t done) {
        job.report(static_cast<int>(90 * done / storage::kPersonalDataColumns.size()), stage);
    };
    auto count = storage::reencryptPersonalData(m_ws.db(), m_ws.cipher(), *newCipher, columnDone);
    if (!count)
        return count.error();
    storage::UserRepository users(m_ws.db());
    auto all = users.all();
    if (!all)
        return all.error();
    for (const auto& user : *all) {
        if (user.credentials.publicKey.empty())
            continue; // a removed user keeps no key
        auto sealed = storage::UserKeyring::sealDataKey(user.credentials.publicKey, newKey);
        if (!sealed)
            return sealed.error();
        TESSERA_TRY(users.updateSealedDataKey(user.id, *sealed));
    }
    TESSERA_TRY(m_ws.auditChain().rekey(storage::AuditChain::keyFrom(newKey)));
    TESSERA_TRY(m_ws.replaceDataKey(newKey));
    TESSERA_TRY(m_ws.audit(
        {"data_key.rotate", "database", {}, std::to_string(*count) + " values re-encrypted"}));
    TESSERA_TRY(tx->commit());
    job.report(100, stage);
    return *count;
}

} // namespace tessera::domain
