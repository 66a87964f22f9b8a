#include "domain/workspace/AuditService.h"
#include "domain/admin/UserService.h"
#include "support/TestSupport.h"

#include <gtest/gtest.h>

using namespace tessera;
using namespace tessera::domain;

namespace {

class TestAuditService : public ::testing::Test {
protected:
    void SetUp() override {
        path = dir.path("audit.tessera");
        test::makeStandardDatabase(path);
        ws = test::openAs(path, "admin");
        for (const char* user : {"am1", "am2", "sup"})
            (void)test::openAs(path, user); // a login row each
    }

    test::TempDir dir;
    std::string path;
    std::unique_ptr<Workspace> ws;
};

} // namespace

TEST_F(TestAuditService, PagesThroughTheLogNewestFirst) {
    AuditService audit(*ws);
    storage::AuditFilter filter;
    filter.action = "login";
    filter.limit = 2;
    auto first = audit.list(filter).value();
    ASSERT_EQ(first.size(), 2u);
    EXPECT_EQ(first[0].username, "sup");
    EXPECT_EQ(first[1].username, "am2");
    filter.beforeId = first.back().id;
    auto second = audit.list(filter).value();
    ASSERT_EQ(second.size(), 2u);
    EXPECT_EQ(second[0].username, "am1");
    EXPECT_EQ(second[1].username, "admin");
    EXPECT_LT(second[0].id, first[1].id);
}

TEST_F(TestAuditService, DescribesAnIntactChainAndNamesATamperedRow) {
    AuditService audit(*ws);
    auto intact = audit.verify().value();
    ASSERT_TRUE(intact.intact);
    const std::string ok = AuditService::describe(intact);
    EXPECT_NE(ok.find("intact"), std::string::npos) << ok;
    EXPECT_NE(ok.find(std::to_string(intact.rowsChecked)), std::string::npos) << ok;
    ASSERT_TRUE(ws->db().exec("UPDATE audit_log SET detail = 'x' WHERE id = 2").ok());
    auto broken = audit.verify().value();
    ASSERT_FALSE(broken.intact);
    EXPECT_EQ(broken.kind, storage::AuditBreak::Changed);
    EXPECT_EQ(broken.brokenRow, 2);
    const std::string text = AuditService::describe(broken);
    EXPECT_NE(text.find("row 2"), std::string::npos) << text;
    EXPECT_NE(text.find("changed"), std::string::npos) << text;
}

TEST_F(TestAuditService, OnlyAdministratorsReadTheLog) {
    auto manager = test::openAs(path, "am1");
    EXPECT_EQ(AuditService(*manager).list({}).error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(AuditService(*manager).verify().error().code, ErrorCode::PermissionDenied);
}
