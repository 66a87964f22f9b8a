#include "support/TestSupport.h"

#include "domain/admin/UserService.h"
#include "domain/import/ImportService.h"
#include "domain/setup/WorkspaceSetup.h"
#include "support/TestEngine.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QTimeZone>
#include <chrono>
#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <sys/file.h>
#include <sys/wait.h>
#include <unistd.h>

namespace tessera::test {
namespace {

void check(const Status& status, const char* what) {
    if (!status)
        throw std::runtime_error(std::string(what) + ": " + status.error().message);
}

std::string buildTemplate() {
    static TempDir folder;
    const std::string path = folder.path("template.tessera");
    domain::NewWorkspaceOptions options;
    options.adminPassword = kAdminPassword;
    options.timeZone = "Asia/Shanghai";
    auto ws = domain::WorkspaceSetup::create(path, options);
    if (!ws)
        throw std::runtime_error("creating the template database: " + ws.error().message);
    domain::UserService users(**ws);
    const struct {
        const char* name;
        domain::Role role;
        const char* supervisor;
    } people[] = {
        {"sup", domain::Role::Supervisor, ""},         {"sup2", domain::Role::Supervisor, ""},
        {"am1", domain::Role::AccountManager, "sup"},  {"am2", domain::Role::AccountManager, "sup"},
        {"am3", domain::Role::AccountManager, "sup2"}, {"ana", domain::Role::Analyst, ""}};
    for (const auto& p : people) {
        auto id = users.add({p.name, p.name, p.role, p.supervisor, kUserPassword});
        if (!id)
            throw std::runtime_error("adding test user: " + id.error().message);
    }
    return path;
}

// The template is the same in every test process of one build of a test
// executable, and making it (seven Argon2id hashings, a schema) costs about
// as much as most tests themselves, each of which CTest runs in a process of
// its own. So it is made once per executable, build and day (keyed by the
// executable's path, size and modification time and the date in the
// template's zone) in a folder of the system's temporary folder, under a lock
// that makes concurrent tests wait for the first to finish it; it is
// published by renaming, so never seen half-written. Older templates are
// removed after a day.
std::string sharedTemplate() {
    namespace fs = std::filesystem;
    const fs::path exe = fs::read_symlink("/proc/self/exe");
    const auto stamp = fs::last_write_time(exe).time_since_epoch().count();
    // The day in the template's zone too: its rows carry the time it was
    // made, and a test may count them as today's.
    const QString day = QDateTime::currentDateTimeUtc()
                            .toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai")))
                            .date()
                            .toString(Qt::ISODate);
    const QByteArray key =
        QCryptographicHash::hash(
            QByteArray::fromStdString(exe.string() + "|" + std::to_string(fs::file_size(exe)) +
                                      "|" + std::to_string(stamp) + "|" + day.toStdString()),
            QCryptographicHash::Sha256)
            .toHex()
            .left(24);
    const fs::path dir =
        fs::temp_directory_path() / ("tessera-test-templates-" + std::to_string(::getuid()));
    fs::create_directories(dir);
    fs::permissions(dir, fs::perms::owner_all, fs::perm_options::replace);
    const fs::path path = dir / (key.toStdString() + ".tessera");
    if (fs::exists(path))
        return path.string();

    const int lock = ::open((dir / (key.toStdString() + ".lock")).c_str(), O_CREAT | O_RDWR, 0600);
    if (lock < 0 || ::flock(lock, LOCK_EX) != 0)
        throw std::runtime_error("locking the shared template database in " + dir.string());
    if (!fs::exists(path)) {
        const fs::path partial = path.string() + ".partial" + std::to_string(::getpid());
        fs::copy_file(buildTemplate(), partial, fs::copy_options::overwrite_existing);
        fs::rename(partial, path);
        const auto dayAgo = fs::file_time_type::clock::now() - std::chrono::hours(24);
        for (const fs::directory_entry& old : fs::directory_iterator(dir)) {
            std::error_code ignored;
            if (old.path() != path && old.last_write_time(ignored) < dayAgo)
                fs::remove(old.path(), ignored);
        }
    }
    ::flock(lock, LOCK_UN);
    ::close(lock);
    return path.string();
}

} // namespace

TempDir::TempDir() {
    if (!m_dir.isValid())
        throw std::runtime_error("cannot create a temporary folder");
}

std::string TempDir::path(const std::string& name) const {
    return m_dir.filePath(QString::fromStdString(name)).toStdString();
}

void makeStandardDatabase(const std::string& path) {
    static const std::string templatePath = sharedTemplate();
    if (standardDatabasesOnServer()) {
        makeServerTwin(path, templatePath, std::filesystem::path(templatePath).stem().string());
        return;
    }
    // The template's WAL is checkpointed by the workspace closing; copying
    // the main file is enough once no connection holds it open.
    if (!QFile::copy(QString::fromStdString(templatePath), QString::fromStdString(path)))
        throw std::runtime_error("copying the template database to " + path);
    QFile::setPermissions(QString::fromStdString(path),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
}

std::string databaseFingerprint(const std::string& path) {
    const std::string server = serverTwinFingerprint(path);
    return server.empty() ? fingerprint(path) : server;
}

void copyDatabase(const std::string& from, const std::string& to) {
    if (!serverTwinAs(from, "admin").empty())
        return copyServerTwin(from, to);
    if (!QFile::copy(QString::fromStdString(from), QString::fromStdString(to)))
        throw std::runtime_error("copying the database " + from + " to " + to);
}

void removeDatabase(const std::string& path) {
    if (!serverTwinAs(path, "admin").empty())
        return dropServerTwin(path);
    QFile::remove(QString::fromStdString(path));
}

std::string locationAs(const std::string& path, const std::string& username) {
    const std::string uri = serverTwinAs(path, username);
    return uri.empty() ? path : uri;
}

std::unique_ptr<domain::Workspace> openAs(const std::string& path, const std::string& username) {
    auto ws = domain::WorkspaceSetup::open(locationAs(path, username));
    if (!ws)
        throw std::runtime_error("opening " + path + ": " + ws.error().message);
    check((*ws)->login(username, username == "admin" ? kAdminPassword : kUserPassword), "login");
    return std::move(*ws);
}

void writeFile(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
}

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

std::string fingerprint(const std::string& path) {
    QFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::ReadOnly))
        return "missing";
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex().toStdString();
}

std::string runUnprivileged(const std::function<std::string()>& check) {
    if (::geteuid() != 0)
        return check();
    int pipeEnds[2];
    if (::pipe(pipeEnds) != 0)
        return "pipe failed";
    const pid_t child = ::fork();
    if (child == 0) {
        ::close(pipeEnds[0]);
        std::string message;
        if (::setgid(65534) != 0 || ::setuid(65534) != 0)
            message = "cannot drop privileges";
        else
            message = check();
        const ssize_t written = ::write(pipeEnds[1], message.data(), message.size());
        ::_exit(written < 0 ? 2 : 0);
    }
    ::close(pipeEnds[1]);
    std::string message;
    char buffer[512];
    for (ssize_t got; (got = ::read(pipeEnds[0], buffer, sizeof buffer)) > 0;)
        message.append(buffer, static_cast<std::size_t>(got));
    ::close(pipeEnds[0]);
    int status = 0;
    ::waitpid(child, &status, 0);
    if (!WIFEXITED(status))
        return "the unprivileged check crashed";
    return message;
}

std::string dumpQuery(storage::Database& db, const std::string& sql) {
    auto stmt = db.prepare(sql);
    if (!stmt)
        throw std::runtime_error(stmt.error().message);
    std::string out;
    auto done = stmt->forEachRow([&](const storage::Statement& s) {
        const int columns = s.columnCount();
        for (int c = 0; c < columns; ++c) {
            if (s.isNull(c))
                out += "NULL";
            else
                out += s.textView(c);
            out += c + 1 < columns ? "|" : "\n";
        }
    });
    if (!done)
        throw std::runtime_error(done.error().message);
    return out;
}

std::string storedBytesHold(const storage::Database& db, const std::string& column,
                            const std::string& text) {
    if (db.isServer())
        return "position(convert_to('" + text + "', 'UTF8') in " + column + ") > 0";
    return "instr(" + column + ", CAST('" + text + "' AS BLOB)) > 0";
}

std::string dataFile(const std::string& name) {
    return std::string(TESSERA_TEST_DATA_DIR) + "/" + name;
}

void importCdnowSample(domain::Workspace& ws) {
    domain::ImportRequest request;
    request.kind = domain::ImportKind::Transactions;
    request.path = dataFile("CDNOW_sample.txt");
    request.cdnowFormat = true;
    request.createCustomers = true;
    auto imported = domain::ImportService(ws).run(request);
    if (!imported)
        throw std::runtime_error("importing the CDNOW sample: " + imported.error().message);
}

} // namespace tessera::test
