// The row-level security and privileges of the server's schema, checked
// statement by statement by tests/postgres/rls_smoke.sql (run by psql as a
// real process): each Tessera role's reads, writes, refusals, the audit
// chain's append-only rules and the guards of tessera_grant_role.

#include "postgres/ServerFixture.h"
#include "storage/postgres/ServerSchema.h"

namespace tessera::test {
namespace {

class TestPolicySmokeScript : public ServerFixture {};

TEST_F(TestPolicySmokeScript, EveryCheckOfThePolicyScriptHolds) {
    auto server = connectOwner();
    ASSERT_TRUE(storage::migrateServerSchema(*server));
    QProcess process;
    process.start(QStringLiteral("psql"),
                  {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"),
                   QStringLiteral("-t"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                   QStringLiteral("-d"), QString::fromStdString(owner), QStringLiteral("-f"),
                   QStringLiteral(TESSERA_POLICY_SMOKE_SQL)});
    ASSERT_TRUE(process.waitForFinished(120000));
    const std::string out = process.readAllStandardOutput().toStdString();
    const std::string err = process.readAllStandardError().toStdString();
    EXPECT_EQ(process.exitCode(), 0) << err;
    EXPECT_EQ(err.find("FAIL"), std::string::npos) << err;
    std::size_t checks = 0;
    for (std::size_t p = out.find("ok   "); p != std::string::npos; p = out.find("ok   ", p + 1))
        ++checks;
    EXPECT_GE(checks, 80u) << out;
}

} // namespace
} // namespace tessera::test
