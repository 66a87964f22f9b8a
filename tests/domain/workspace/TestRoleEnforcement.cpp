// The permission rules hold below the user interface: whatever face calls the
// domain, an account manager cannot reach another manager's customers, and
// every refusal is audited.

#include "domain/customers/CustomerService.h"
#include "domain/import/ImportService.h"
#include "domain/admin/UserService.h"
#include "storage/admin/AuditRepository.h"
#include "support/TestSupport.h"

#include <gtest/gtest.h>

using namespace tessera;
using namespace tessera::domain;

namespace {

class TestRoleEnforcement : public ::testing::Test {
protected:
    void SetUp() override {
        path = dir.path("roles.tessera");
        test::makeStandardDatabase(path);
        auto admin = test::openAs(path, "admin");
        UserService users(*admin);
        const auto am1 = users.idOf("am1").value();
        const auto am2 = users.idOf("am2").value();
        const auto am3 = users.idOf("am3").value();
        CustomerService customers(*admin);
        mine = create(customers, "A1", "Alpha Person", am1, "person");
        theirs = create(customers, "A2", "Beta Ltd", am2, "company");
        otherTeam = create(customers, "A3", "Gamma Ltd", am3, "company");
    }

    static std::int64_t create(CustomerService& customers, const std::string& code,
                               const std::string& name, std::int64_t owner, const char* kind) {
        storage::CustomerRecord c;
        c.code = code;
        c.name = name;
        c.kind = kind;
        c.ownerId = owner;
        c.phone = "13800000000";
        c.email = code + "@example.com";
        return customers.create(c).value();
    }

    std::size_t refusals(const std::string& username) {
        auto admin = test::openAs(path, "admin");
        storage::AuditFilter filter;
        auto rows = storage::AuditRepository(admin->db()).list(filter).value();
        return static_cast<std::size_t>(std::count_if(rows.begin(), rows.end(), [&](const auto& r) {
            return r.username == username && r.outcome == "refused";
        }));
    }

    test::TempDir dir;
    std::string path;
    std::int64_t mine = 0, theirs = 0, otherTeam = 0;
};

} // namespace

TEST_F(TestRoleEnforcement, AnAccountManagerSeesOnlyTheirOwnPortfolio) {
    auto ws = test::openAs(path, "am1");
    CustomerService customers(*ws);
    EXPECT_EQ(customers.queryIds({}).value(), std::vector<std::int64_t>{mine});
    // Asking for the rows of other ids directly does not reveal them either.
    const std::vector<std::int64_t> all = {mine, theirs, otherTeam};
    EXPECT_EQ(customers.rows(all).value().size(), 1u);
    PortfolioFilter other;
    other.ownerId = UserService(*ws).idOf("am2").value();
    auto listed = customers.queryIds(other);
    ASSERT_FALSE(listed.ok());
    EXPECT_EQ(listed.error().code, ErrorCode::PermissionDenied);
}

TEST_F(TestRoleEnforcement, AnAccountManagerCannotOpenEditArchiveOrExportAnothersCustomer) {
    auto ws = test::openAs(path, "am1");
    CustomerService customers(*ws);
    EXPECT_EQ(customers.open(theirs).error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(customers.timeline(theirs).error().code, ErrorCode::PermissionDenied);
    auto own = customers.open(mine).value().record;
    own.id = theirs; // a forged edit aimed at someone else's customer
    EXPECT_EQ(customers.update(own).error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(customers.setArchived(theirs, true).error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(customers.discardNew(theirs).error().code, ErrorCode::PermissionDenied);
    const std::string exported = dir.path("mine.csv");
    ASSERT_TRUE(ws->confirmIdentity(test::kUserPassword).ok());
    ASSERT_EQ(customers.exportCsv({}, exported).value(), 1);
    const std::string text = test::readFile(exported);
    EXPECT_NE(text.find("A1"), std::string::npos);
    EXPECT_EQ(text.find("A2"), std::string::npos);
    ws.reset();
    EXPECT_GE(refusals("am1"), 5u);
}

TEST_F(TestRoleEnforcement, AnAccountManagerCannotImportOrManageUsers) {
    auto ws = test::openAs(path, "am1");
    ImportRequest request;
    request.kind = ImportKind::Customers;
    request.path = test::dataFile("import_customers_gbk.csv");
    EXPECT_EQ(ImportService(*ws).run(request).error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(
        UserService(*ws).add({"x", "x", Role::Administrator, "", "password-123"}).error().code,
        ErrorCode::PermissionDenied);
    EXPECT_EQ(UserService(*ws).changePassword("am2", "password-123", std::nullopt).error().code,
              ErrorCode::PermissionDenied);
}

TEST_F(TestRoleEnforcement, ASupervisorReadsAndReassignsWithinTheTeamOnly) {
    auto ws = test::openAs(path, "sup");
    CustomerService customers(*ws);
    auto visible = customers.queryIds({}).value();
    std::sort(visible.begin(), visible.end());
    EXPECT_EQ(visible, (std::vector<std::int64_t>{mine, theirs}));
    EXPECT_TRUE(customers.open(theirs).ok());
    EXPECT_EQ(customers.open(otherTeam).error().code, ErrorCode::PermissionDenied);
    auto record = customers.open(theirs).value().record;
    record.name = "Renamed";
    EXPECT_EQ(customers.update(record).error().code, ErrorCode::PermissionDenied);
    UserService users(*ws);
    EXPECT_TRUE(customers.reassign(theirs, users.idOf("am1").value()).ok());
    EXPECT_EQ(customers.reassign(mine, users.idOf("am3").value()).error().code,
              ErrorCode::PermissionDenied);
}

TEST_F(TestRoleEnforcement, AnAnalystSeesEveryoneMaskedAndChangesNothing) {
    auto ws = test::openAs(path, "ana");
    CustomerService customers(*ws);
    EXPECT_EQ(customers.queryIds({}).value().size(), 3u);
    auto view = customers.open(mine).value();
    EXPECT_TRUE(view.masked);
    EXPECT_EQ(view.record.name, "A. P.");
    EXPECT_FALSE(view.record.phone.has_value());
    EXPECT_FALSE(view.record.email.has_value());
    EXPECT_EQ(customers.open(theirs).value().record.name, "Beta Ltd"); // a company is no person
    const std::vector<std::int64_t> ids = {mine};
    EXPECT_EQ(customers.rows(ids).value().at(0).name, "A. P.");
    PortfolioFilter byName;
    byName.search = "Alpha";
    EXPECT_TRUE(customers.queryIds(byName).value().empty()); // no searching people by name
    auto record = view.record;
    EXPECT_EQ(customers.update(record).error().code, ErrorCode::PermissionDenied);
    const std::string exported = dir.path("masked.csv");
    ASSERT_TRUE(customers.exportCsv({}, exported).ok());
    const std::string text = test::readFile(exported);
    EXPECT_EQ(text.find("Alpha Person"), std::string::npos);
    EXPECT_EQ(text.find("A1@example.com"), std::string::npos);
}

TEST_F(TestRoleEnforcement, ReadingPersonalDataIsAudited) {
    {
        auto ws = test::openAs(path, "am1");
        ASSERT_TRUE(CustomerService(*ws).open(mine).ok());
    }
    auto admin = test::openAs(path, "admin");
    storage::AuditFilter filter;
    filter.action = "customer.read_personal";
    auto rows = storage::AuditRepository(admin->db()).list(filter).value();
    ASSERT_FALSE(rows.empty());
    EXPECT_EQ(rows[0].username, "am1");
    EXPECT_EQ(rows[0].objectId, std::to_string(mine));
}
