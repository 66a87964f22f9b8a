#pragma once

// Each test gets its own empty database on the throw-away cluster that CTest
// started (tests/postgres/test_cluster.sh; its folder in TESSERA_TEST_CLUSTER),
// dropped afterwards with the login roles made for it. The demo file the
// copies start from is made once per run by the real tessera-cli.

#include "cli/CliProcess.h"
#include "domain/setup/WorkspaceSetup.h"
#include "storage/postgres/ServerConnection.h"
#include "support/TestEngine.h"
#include "support/TestSupport.h"

#include <QProcess>
#include <atomic>
#include <cstdlib>
#include <gtest/gtest.h>
#include <memory>
#include <stdexcept>
#include <string>
#include <unistd.h>

namespace tessera::test {

struct PsqlRun {
    int exitCode = -1;
    std::string out;
    std::string err;
};

class ServerFixture : public ::testing::Test {
protected:
    void SetUp() override {
        static std::atomic_int counter{0};
        database = "t" + std::to_string(::getpid()) + "_" + std::to_string(++counter);
        auto admin = storage::ServerConnection::connect(uriFor("tessera_owner", "postgres"));
        ASSERT_TRUE(admin) << admin.error().message;
        ASSERT_TRUE((*admin)->exec("CREATE DATABASE " + database));
        owner = uriFor("tessera_owner", database);
    }

    void TearDown() override {
        auto admin = storage::ServerConnection::connect(uriFor("tessera_owner", "postgres"));
        ASSERT_TRUE(admin) << admin.error().message;
        ASSERT_TRUE((*admin)->exec("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)"));
        auto roles = (*admin)->query("SELECT rolname FROM pg_roles WHERE rolname LIKE $1",
                                     {database + "\\_%"});
        ASSERT_TRUE(roles);
        for (int r = 0; r < roles->size(); ++r)
            ASSERT_TRUE(
                (*admin)->exec("DROP ROLE " + (*admin)->quoteIdentifier(roles->text(r, 0))));
    }

    static std::string uriFor(const std::string& role, const std::string& db) {
        return clusterUri(role, db);
    }

    std::string uriAs(const std::string& role) const { return uriFor(role, database); }

    // The role `migrate` makes for a Tessera user by default.
    std::string roleOf(const std::string& username) const { return database + "_" + username; }

    std::unique_ptr<storage::ServerConnection> connectOwner() const {
        auto c = storage::ServerConnection::connect(owner);
        if (!c)
            throw std::runtime_error(c.error().message);
        return std::move(*c);
    }

    // psql as a real process, unaligned and tuples only.
    PsqlRun psql(const std::string& role, const std::string& sql) const {
        QProcess process;
        process.start(QStringLiteral("psql"),
                      {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"),
                       QStringLiteral("-t"), QStringLiteral("-v"),
                       QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"),
                       QString::fromStdString(uriAs(role)), QStringLiteral("-c"),
                       QString::fromStdString(sql)});
        process.waitForFinished(120000);
        PsqlRun run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput().trimmed().toStdString();
        run.err = process.readAllStandardError().toStdString();
        return run;
    }

    // A fresh copy of a 300-customer demo database (users zhou.min and
    // emma.clark supervising six account managers, analyst chen.jing,
    // administrator admin), scored once.
    std::string demoCopy() {
        static TempDir templateDir;
        static const std::string made = [] {
            const std::string path = templateDir.path("demo.tessera");
            auto init =
                runCli({"--db", QString::fromStdString(path), "init", "--demo", "300"}, kAdminEnv);
            if (init.exitCode != 0)
                throw std::runtime_error("demo: " + init.err);
            auto score =
                runCli({"--db", QString::fromStdString(path), "--user", "chen.jing", "score"},
                       {{"TESSERA_PASSWORD", "tessera-demo"}});
            if (score.exitCode != 0)
                throw std::runtime_error("score: " + score.err);
            return path;
        }();
        const std::string copy = dir.path("demo.tessera");
        writeFile(copy, readFile(made));
        return copy;
    }

    // Signs in to a demo copy as one of its users (password tessera-demo;
    // the administrator's is kAdminPassword).
    static std::unique_ptr<domain::Workspace> demoAs(const std::string& path,
                                                     const std::string& user) {
        if (user == "admin")
            return openAs(path, user);
        auto ws = domain::WorkspaceSetup::open(path);
        if (!ws)
            throw std::runtime_error(ws.error().message);
        if (!(*ws)->login(user, "tessera-demo"))
            throw std::runtime_error("login " + user);
        return std::move(*ws);
    }

    // Signed in to this test's server database as `user` through their own
    // login role (roleOf), with their Tessera password.
    std::unique_ptr<domain::Workspace> serverAs(const std::string& user) const {
        auto ws = domain::WorkspaceSetup::open(uriAs(roleOf(user)));
        if (!ws)
            throw std::runtime_error(ws.error().message);
        const std::string password = user == "admin" ? kAdminPassword : "tessera-demo";
        if (auto in = (*ws)->login(user, password); !in)
            throw std::runtime_error("login " + user + ": " + in.error().message);
        return std::move(*ws);
    }

    // A demo copy (demoCopy) moved to this test's database by the file's
    // administrator, with a login role per user (roleOf); returns the file.
    std::string demoOnServer();

    TempDir dir;
    std::string database;
    std::string owner; // the URI of the test's database as the cluster's owner
};

} // namespace tessera::test

#include "domain/teammode/ServerCopyService.h"

namespace tessera::test {

inline std::string ServerFixture::demoOnServer() {
    const std::string path = demoCopy();
    auto ws = openAs(path, "admin");
    auto report = domain::ServerCopyService(*ws).copyTo(owner, "");
    if (!report)
        throw std::runtime_error("copy: " + report.error().message);
    if (!report->verified())
        throw std::runtime_error("the copy does not verify");
    return path;
}

} // namespace tessera::test
