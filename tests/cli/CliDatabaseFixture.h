#pragma once

// A fixture for commands run through the real tessera-cli process against
// the standard database (TestSupport.h): run a command as one of its users,
// and write an input file beside the database.

#include "cli/CliProcess.h"
#include "support/TestSupport.h"

#include <QFile>
#include <gtest/gtest.h>

namespace tessera::test {

class CliDatabaseFixture : public ::testing::Test {
protected:
    void SetUp() override {
        db = dir.path("cli.tessera");
        makeStandardDatabase(db);
    }

    CliRun cli(const char* user, QStringList args) {
        args << "--db" << QString::fromStdString(locationAs(db, user)) << "--user" << user;
        return runCli(args, {{"TESSERA_PASSWORD",
                              std::string(user) == "admin" ? kAdminPassword : kUserPassword}});
    }

    std::string write(const char* name, const QByteArray& text) {
        const std::string path = dir.path(name);
        QFile f(QString::fromStdString(path));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(text);
        return path;
    }

    TempDir dir;
    std::string db;
};

} // namespace tessera::test
