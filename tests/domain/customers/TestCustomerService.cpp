#include "domain/admin/UserService.h"
#include "domain/customers/CustomerService.h"
#include "support/TestSupport.h"
#include "support/WarningTestData.h"

#include <QFileInfo>
#include <gtest/gtest.h>

using namespace tessera;
using namespace tessera::domain;

namespace {

class TestCustomerService : public ::testing::Test {
protected:
    void SetUp() override {
        path = dir.path("customers.tessera");
        test::makeStandardDatabase(path);
        ws = test::openAs(path, "am1");
        service = std::make_unique<CustomerService>(*ws);
    }

    static storage::CustomerRecord record(const std::string& code, const std::string& name) {
        storage::CustomerRecord c;
        c.code = code;
        c.name = name;
        c.email = "sales@" + code + ".example.com";
        return c;
    }

    test::TempDir dir;
    std::string path;
    std::unique_ptr<Workspace> ws;
    std::unique_ptr<CustomerService> service;
};

} // namespace

TEST_F(TestCustomerService, AManagerCreatesIntoTheirOwnPortfolio) {
    auto c = record("N1", "North Star Ltd");
    c.ownerId = UserService(*ws).idOf("am2").value(); // ignored: managers own what they create
    const auto id = service->create(c).value();
    EXPECT_EQ(service->open(id).value().record.ownerId, ws->session().userId);
}

TEST_F(TestCustomerService, ValidationNamesTheFieldAndWhatToFix) {
    auto c = record("", "");
    c.email = "nobody";
    c.phone = "12";
    c.lifecycle = "asleep";
    const auto problems = service->validate(c);
    std::vector<std::string> fields;
    for (const auto& p : problems)
        fields.push_back(p.field);
    for (const char* expected : {"code", "name", "email", "phone", "lifecycle"})
        EXPECT_NE(std::find(fields.begin(), fields.end(), expected), fields.end()) << expected;
    auto created = service->create(c);
    ASSERT_FALSE(created.ok());
    EXPECT_EQ(created.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(ws->db().queryInt64("SELECT count(*) FROM customers").value(), 0);
}

TEST_F(TestCustomerService, CodesAreUniqueAndDuplicatesAreFlagged) {
    service->create(record("N1", "Harbour Foods")).value();
    EXPECT_EQ(service->create(record("N1", "Other")).error().code, ErrorCode::AlreadyExists);
    auto lookalike = record("N2", "HARBOUR FOODS");
    EXPECT_EQ(service->possibleDuplicates(lookalike).value().size(), 1u);
    auto sameMail = record("N3", "Unrelated");
    sameMail.email = "Sales@N1.example.com ";
    EXPECT_EQ(service->possibleDuplicates(sameMail).value().size(), 1u);
    EXPECT_TRUE(service->possibleDuplicates(record("N4", "Fresh")).value().empty());
}

TEST_F(TestCustomerService, EditsAreCheckedAgainstConcurrentChanges) {
    const auto id = service->create(record("N1", "Before")).value();
    auto first = service->open(id).value().record;
    auto second = first;
    first.name = "After";
    ASSERT_TRUE(service->update(first).ok());
    second.name = "Lost update";
    EXPECT_EQ(service->update(second).error().code, ErrorCode::Conflict);
    EXPECT_EQ(service->open(id).value().record.name, "After");
}

TEST_F(TestCustomerService, AConflictingEditNamesWhoChangedTheCustomerAndWhen) {
    const auto id = service->create(record("N1", "Before")).value();
    auto mine = service->open(id).value().record;
    // The administrator, in another session on the same file, saves first.
    auto other = test::openAs(path, "admin");
    const std::int64_t at = 1782784800000; // 2026-06-30 10:00 in Asia/Shanghai
    other->setClock([at] { return at; });
    CustomerService theirs(*other);
    auto changed = theirs.open(id).value().record;
    changed.region = "North";
    ASSERT_TRUE(theirs.update(changed).ok());
    mine.name = "Would overwrite the region";
    auto refused = service->update(mine);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Conflict);
    EXPECT_NE(refused.error().message.find("(admin)"), std::string::npos)
        << refused.error().message;
    EXPECT_NE(refused.error().message.find("2026-06-30 10:00"), std::string::npos)
        << refused.error().message;
    const auto kept = service->open(id).value().record;
    EXPECT_EQ(kept.region, "North");
    EXPECT_EQ(kept.name, "Before");
}

TEST_F(TestCustomerService, ArchiveRestoreAndDiscardANewCustomer) {
    const auto id = service->create(record("N1", "Archive Me")).value();
    ASSERT_TRUE(service->setArchived(id, true).ok());
    EXPECT_TRUE(service->queryIds({}).value().empty());
    PortfolioFilter withArchived;
    withArchived.includeArchived = true;
    EXPECT_EQ(service->queryIds(withArchived).value().size(), 1u);
    ASSERT_TRUE(service->setArchived(id, false).ok());
    EXPECT_EQ(service->queryIds({}).value().size(), 1u);
    ASSERT_TRUE(service->discardNew(id).ok());
    EXPECT_EQ(service->open(id).error().code, ErrorCode::NotFound);
}

TEST_F(TestCustomerService, FindsByPhoneAndEmailExactlyThroughTheEncryption) {
    auto c = record("N1", "Phone Person");
    c.phone = "+86 (21) 5555-0101";
    const auto id = service->create(c).value();
    for (const char* query : {"+86 21 5555 0101", "862155550101", "SALES@n1.example.com"}) {
        PortfolioFilter filter;
        filter.search = query;
        EXPECT_EQ(service->queryIds(filter).value(), std::vector<std::int64_t>{id}) << query;
    }
}

TEST_F(TestCustomerService, AnExportWithPersonalDataNeedsThePasswordAgain) {
    ASSERT_TRUE(service->create(record("P-1", "Pine Ltd")).ok());
    EXPECT_TRUE(service->exportNeedsConfirmation());
    const std::string file = dir.path("personal.csv");
    auto refused = service->exportCsv({}, file);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::AuthenticationFailed);
    EXPECT_FALSE(QFileInfo::exists(QString::fromStdString(file)));
    EXPECT_FALSE(ws->confirmIdentity("a-wrong-password").ok());
    EXPECT_FALSE(service->exportCsv({}, file).ok());
    EXPECT_FALSE(QFileInfo::exists(QString::fromStdString(file)));
    ASSERT_TRUE(ws->confirmIdentity(test::kUserPassword).ok());
    ASSERT_EQ(service->exportCsv({}, file).value(), 1);
    EXPECT_NE(test::readFile(file).find("sales@P-1.example.com"), std::string::npos);
}

TEST_F(TestCustomerService, AnAnalystsMaskedExportNeedsNoConfirmation) {
    ASSERT_TRUE(service->create(record("P-2", "Palm Ltd")).ok());
    auto analyst = test::openAs(path, "ana");
    CustomerService customers(*analyst);
    EXPECT_FALSE(customers.exportNeedsConfirmation());
    const std::string file = dir.path("masked.csv");
    ASSERT_EQ(customers.exportCsv({}, file).value(), 1);
    EXPECT_EQ(test::readFile(file).find("example.com"), std::string::npos);
}

TEST_F(TestCustomerService, FiltersByAnOpenWarningToday) {
    // Planted by the administrator: an account manager records no purchases.
    auto admin = test::openAs(path, "admin");
    test::WarningTestData data(*admin);
    const std::int32_t today = ws->calendar().today();
    const auto quiet = data.customer("W-QUIET", "am1");
    data.purchase(quiet, today - 120);
    const auto busy = data.customer("W-BUSY", "am1");
    data.purchase(busy, today - 1);
    data.followUp(busy, today - 2, "Call back");
    data.purchase(data.customer("W-OTHER", "am2"), today - 120); // not am1's
    PortfolioFilter filter;
    filter.warning = "churn";
    EXPECT_EQ(service->queryIds(filter).value(), std::vector<std::int64_t>{quiet});
    filter.warning = "any";
    auto any = service->queryIds(filter).value();
    std::sort(any.begin(), any.end());
    EXPECT_EQ(any, (std::vector<std::int64_t>{quiet, busy}));
    EXPECT_EQ(service->count(filter).value(), 2);
    filter.warning = "gossip";
    EXPECT_EQ(service->queryIds(filter).error().code, ErrorCode::InvalidArgument);
}
