#include "support/TestEngine.h"

#include "domain/setup/WorkspaceSetup.h"
#include "domain/teammode/ServerCopyService.h"
#include "storage/postgres/ServerConnection.h"
#include "support/TestSupport.h"

#include <QRegularExpression>
#include <atomic>
#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <sys/file.h>
#include <unistd.h>

namespace tessera::test {
namespace {

std::unique_ptr<storage::ServerConnection> connectOwner(const std::string& database) {
    auto c = storage::ServerConnection::connect(clusterUri("tessera_owner", database));
    if (!c)
        throw std::runtime_error("the test cluster: " + c.error().message);
    return std::move(*c);
}

void run(storage::ServerConnection& c, const std::string& sql) {
    if (auto done = c.exec(sql); !done)
        throw std::runtime_error(sql + ": " + done.error().message);
}

bool databaseExists(storage::ServerConnection& c, const std::string& name) {
    auto rows = c.query("SELECT 1 FROM pg_database WHERE datname = $1", {name});
    if (!rows)
        throw std::runtime_error(rows.error().message);
    return rows->size() > 0;
}

// The template's login roles start with its name: "<template>_<username>".
std::string templateName(const std::string& key) {
    return "tpl_" + key.substr(0, 16);
}

// Copies the file template to the server once per key, under a lock that makes
// the other test processes wait; published by renaming, so a copy cut short
// is never used.
void ensureServerTemplate(const std::string& templatePath, const std::string& key) {
    const std::string name = templateName(key);
    auto admin = connectOwner("postgres");
    if (databaseExists(*admin, name))
        return;
    namespace fs = std::filesystem;
    const fs::path lockPath = fs::path(templatePath).parent_path() / (key + ".pglock");
    const int lock = ::open(lockPath.c_str(), O_CREAT | O_RDWR, 0600);
    if (lock < 0 || ::flock(lock, LOCK_EX) != 0)
        throw std::runtime_error("locking " + lockPath.string());
    if (!databaseExists(*admin, name)) {
        const std::string partial = name + "_partial";
        run(*admin, "DROP DATABASE IF EXISTS " + partial + " WITH (FORCE)");
        run(*admin, "CREATE DATABASE " + partial);
        {
            auto ws = openAs(templatePath, "admin");
            auto copied = domain::ServerCopyService(*ws).copyTo(
                clusterUri("tessera_owner", partial), name + "_");
            if (!copied)
                throw std::runtime_error("copying the test template to the server: " +
                                         copied.error().message);
            if (!copied->verified())
                throw std::runtime_error("the test template's server copy does not verify");
        }
        // Copies of the template start with the server's default: every role
        // may connect (the copy revoked that on the template itself).
        run(*admin, "ALTER DATABASE " + partial + " RENAME TO " + name);
    }
    ::flock(lock, LOCK_UN);
    ::close(lock);
}

// The server databases this process made, dropped when it ends.
class Twins {
public:
    std::string add(const std::string& path, const std::string& templ) {
        static std::atomic_int counter{0};
        const std::string database =
            "s" + std::to_string(::getpid()) + "_" + std::to_string(++counter);
        std::lock_guard<std::mutex> hold(m_mutex);
        m_twins[path] = {database, templ};
        return database;
    }

    // Forgets the twin of `path`; returns its database.
    std::string remove(const std::string& path) {
        std::lock_guard<std::mutex> hold(m_mutex);
        const auto it = m_twins.find(path);
        if (it == m_twins.end())
            return {};
        const std::string database = it->second.first;
        m_twins.erase(it);
        return database;
    }

    std::pair<std::string, std::string> find(const std::string& path) const {
        std::lock_guard<std::mutex> hold(m_mutex);
        const auto it = m_twins.find(path);
        return it == m_twins.end() ? std::pair<std::string, std::string>{} : it->second;
    }

    ~Twins() {
        if (m_twins.empty())
            return;
        auto c = storage::ServerConnection::connect(clusterUri("tessera_owner", "postgres"));
        if (!c)
            return;
        for (const auto& [path, twin] : m_twins)
            (void)(*c)->exec("DROP DATABASE IF EXISTS " + twin.first + " WITH (FORCE)");
    }

private:
    mutable std::mutex m_mutex;
    std::map<std::string, std::pair<std::string, std::string>> m_twins; // database, template
};

Twins& twins() {
    static Twins all;
    return all;
}

} // namespace

bool standardDatabasesOnServer() {
    const char* engine = std::getenv("TESSERA_TEST_ENGINE");
    return engine && std::string(engine) == "postgres";
}

std::string clusterUri(const std::string& role, const std::string& database) {
    static const std::pair<std::string, std::string> where = [] {
        // The cluster of this build (tests/CMakeLists.txt) unless told otherwise.
        const char* dir = std::getenv("TESSERA_TEST_CLUSTER");
        if (!dir)
            dir = TESSERA_TEST_CLUSTER_DIR;
        const std::string uri = readFile(std::string(dir) + "/uri");
        const QRegularExpression parts(QStringLiteral("host=([^&]+)&port=(\\d+)"));
        const auto match = parts.match(QString::fromStdString(uri));
        if (!match.hasMatch())
            throw std::runtime_error("no test cluster in " + std::string(dir) +
                                     ": run these tests through ctest, which starts it");
        return std::make_pair(match.captured(1).toStdString(), match.captured(2).toStdString());
    }();
    return "postgresql://" + role + "@/" + database + "?host=" + where.first +
           "&port=" + where.second;
}

void makeServerTwin(const std::string& path, const std::string& templatePath,
                    const std::string& templateKey) {
    ensureServerTemplate(templatePath, templateKey);
    const std::string database = twins().add(path, templateName(templateKey));
    auto admin = connectOwner("postgres");
    run(*admin, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    run(*admin, "CREATE DATABASE " + database + " TEMPLATE " + templateName(templateKey));
}

std::string serverTwinFingerprint(const std::string& path) {
    const auto [database, templ] = twins().find(path);
    if (database.empty())
        return {};
    auto owner = connectOwner(database);
    auto tables = owner->query("SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                               "ORDER BY tablename",
                               {});
    if (!tables)
        throw std::runtime_error(tables.error().message);
    std::string all;
    for (int t = 0; t < tables->size(); ++t) {
        const std::string table = owner->quoteIdentifier(std::string(tables->text(t, 0)));
        auto digest = owner->query("SELECT count(*) || ':' || coalesce(md5(string_agg(r::text, "
                                   "'|' ORDER BY r::text)), '') FROM " +
                                       table + " r",
                                   {});
        if (!digest)
            throw std::runtime_error(digest.error().message);
        all.append(tables->text(t, 0)).append("=").append(digest->text(0, 0)).append("\n");
    }
    return all;
}

void dropServerTwin(const std::string& path) {
    const std::string database = twins().remove(path);
    if (!database.empty())
        run(*connectOwner("postgres"), "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
}

void copyServerTwin(const std::string& from, const std::string& to) {
    const auto [source, templ] = twins().find(from);
    if (source.empty())
        throw std::runtime_error("no server database for " + from);
    dropServerTwin(to);
    const std::string database = twins().add(to, templ);
    auto admin = connectOwner("postgres");
    // A database is copied only while nobody is connected to it.
    run(*admin,
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + source + "'");
    run(*admin, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    run(*admin, "CREATE DATABASE " + database + " TEMPLATE " + source);
}

std::string serverTwinAs(const std::string& path, const std::string& user) {
    const auto [database, templ] = twins().find(path);
    if (database.empty())
        return {};
    return clusterUri(templ + "_" + user, database);
}

} // namespace tessera::test
