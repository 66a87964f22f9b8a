#include "domain/customers/CustomerService.h"
#include "domain/import/ImportService.h"
#include "domain/setup/WorkspaceSetup.h"
#include "storage/activity/ActivityRepository.h"
#include "storage/admin/AuditRepository.h"
#include "support/TestSupport.h"

#include <atomic>
#include <filesystem>
#include <gtest/gtest.h>

using namespace tessera;
using namespace tessera::domain;

namespace {

class TestImportService : public ::testing::Test {
protected:
    void SetUp() override {
        dbPath = dir.path("import.tessera");
        test::makeStandardDatabase(dbPath);
    }

    // Signs in the way tessera-cli does: the login's audit row waits, so a
    // failed import leaves the file exactly as it was.
    std::unique_ptr<Workspace> open() {
        auto ws = WorkspaceSetup::open(test::locationAs(dbPath, "admin")).value();
        EXPECT_TRUE(ws->login("admin", test::kAdminPassword, /*deferAudit=*/true).ok());
        return ws;
    }

    std::string file(const std::string& name, const std::string& text) {
        const std::string path = dir.path(name);
        test::writeFile(path, text);
        return path;
    }

    Result<ImportReport> run(ImportRequest request, const JobControl& job = {}) {
        auto ws = open();
        return ImportService(*ws).run(request, job);
    }

    static ImportRequest request(ImportKind kind, const std::string& path) {
        ImportRequest r;
        r.kind = kind;
        r.path = path;
        return r;
    }

    // Runs an import that must fail, and checks the database file did not change.
    Error expectFatal(const ImportRequest& r, const std::atomic_bool* cancel = nullptr) {
        { open(); } // settle: no WAL left behind
        const std::string before = test::databaseFingerprint(dbPath);
        Result<ImportReport> result = run(r, JobControl({}, cancel));
        EXPECT_FALSE(result.ok());
        EXPECT_EQ(test::databaseFingerprint(dbPath), before) << "the database file changed";
        EXPECT_FALSE(std::filesystem::exists(dbPath + "-wal"));
        return result.ok() ? Error{} : result.error();
    }

    std::int64_t count(const std::string& sql) {
        auto ws = open();
        return ws->db().queryInt64(sql).value();
    }

    void importGbkCustomers() {
        auto report =
            run(request(ImportKind::Customers, test::dataFile("import_customers_gbk.csv")));
        ASSERT_TRUE(report.ok()) << report.error().message;
    }

    test::TempDir dir;
    std::string dbPath;
};

} // namespace

TEST_F(TestImportService, ReadsGbkWithChineseHeadersAndQuotedCommas) {
    auto report = run(request(ImportKind::Customers, test::dataFile("import_customers_gbk.csv")));
    ASSERT_TRUE(report.ok()) << report.error().message;
    EXPECT_EQ(report->encoding, "gbk");
    EXPECT_EQ(report->rowsRead, 3);
    EXPECT_EQ(report->rowsLoaded, 3);
    auto ws = open();
    CustomerService customers(*ws);
    auto gb3 = customers.open(customers.idForCode("GB003").value()).value();
    EXPECT_EQ(gb3.record.name, "张伟, 陈静联合咨询");
    EXPECT_EQ(gb3.record.region, "广州");
    auto gb1 = customers.open(customers.idForCode("GB001").value()).value();
    EXPECT_EQ(gb1.record.phone, "021-5555-0101");
    PortfolioFilter filter;
    filter.search = "王伟贸易";
    EXPECT_EQ(customers.queryIds(filter).value().size(), 1u);
}

TEST_F(TestImportService, ReadsUtf8WithBomSemicolonsAndDoubledQuotes) {
    auto report =
        run(request(ImportKind::Customers, test::dataFile("import_customers_bom_semicolon.csv")));
    ASSERT_TRUE(report.ok()) << report.error().message;
    EXPECT_EQ(report->encoding, "utf-8");
    EXPECT_EQ(report->rowsLoaded, 2);
    auto ws = open();
    CustomerService customers(*ws);
    auto b1 = customers.open(customers.idForCode("B001").value()).value();
    EXPECT_EQ(b1.record.name, "Müller; Söhne GmbH");
    EXPECT_EQ(b1.record.tags, (std::vector<std::string>{"export", "vip"}));
    auto b2 = customers.open(customers.idForCode("B002").value()).value();
    EXPECT_EQ(b2.record.name, "Anna \"Annie\" Berg");
}

TEST_F(TestImportService, ReadsTabsAndFieldsWithEmbeddedNewlines) {
    importGbkCustomers();
    const std::string path =
        file("tx.tsv", test::readFile(test::dataFile("import_transactions_tab.csv")) +
                           "GB001\tnot-a-date\t1\t1\t\n");
    auto report = run(request(ImportKind::Transactions, path));
    ASSERT_TRUE(report.ok()) << report.error().message;
    EXPECT_EQ(report->rowsLoaded, 3);
    ASSERT_EQ(report->rowsRejected, 1);
    // The quoted reference spans lines 3-4, so the bad row is on line 6.
    EXPECT_EQ(report->firstRejections[0].line, 6);
    EXPECT_EQ(count("SELECT sum(amount_cents) FROM transactions"), 120050 - 3500 + 9900);
    EXPECT_EQ(count("SELECT count(*) FROM transactions WHERE reference = 'RMA\n2'"), 1);
}

TEST_F(TestImportService, RejectsBadRowsWithTheirLineAndReasonAndLoadsTheRest) {
    importGbkCustomers();
    const std::string path = file("tx.csv",
                                  "customer,date,amount,quantity\n"
                                  "GB001,2026-02-01,10.00,1\n"   // 2 ok
                                  "GB001,2026-02-30,10.00,1\n"   // 3 no such day
                                  "GB002,2026-02-02,ten,1\n"     // 4 not a number
                                  "GB002,2026-02-02,,1\n"        // 5 empty amount
                                  "NOPE,2026-02-02,5,1\n"        // 6 unknown customer
                                  ",2026-02-02,5,1\n"            // 7 no customer
                                  "GB003,2026-02-03,5,1,extra\n" // 8 too many fields
                                  "GB003,2026-02-03,5,-2\n"      // 9 negative quantity
                                  "GB003,2026-02-04,1.5,\n");    // 10 ok
    ImportRequest r = request(ImportKind::Transactions, path);
    r.rejectsPath = dir.path("rejected.csv");
    auto report = run(r);
    ASSERT_TRUE(report.ok()) << report.error().message;
    EXPECT_EQ(report->rowsRead, 9);
    EXPECT_EQ(report->rowsLoaded, 2);
    EXPECT_EQ(report->rowsRejected, 7);
    std::vector<std::int64_t> lines;
    for (const auto& rejected : report->firstRejections)
        lines.push_back(rejected.line);
    EXPECT_EQ(lines, (std::vector<std::int64_t>{3, 4, 5, 6, 7, 8, 9}));
    EXPECT_NE(report->firstRejections[0].reason.find("2026-02-30"), std::string::npos);
    EXPECT_NE(report->firstRejections[1].reason.find("ten"), std::string::npos);
    EXPECT_NE(report->firstRejections[2].reason.find("empty"), std::string::npos);
    EXPECT_NE(report->firstRejections[3].reason.find("NOPE"), std::string::npos);
    EXPECT_NE(report->firstRejections[5].reason.find("header"), std::string::npos);
    const std::string rejects = test::readFile(r.rejectsPath);
    EXPECT_NE(rejects.find("line,reason,customer,date,amount,quantity"), std::string::npos);
    EXPECT_NE(rejects.find("NOPE"), std::string::npos);
    EXPECT_EQ(count("SELECT count(*) FROM transactions"), 2);
}

TEST_F(TestImportService, CustomerRowsNeedUniqueCodesNamesAndValidFields) {
    importGbkCustomers();
    const std::string path = file("customers.csv",
                                  "code,name,email,owner,lifecycle\n"
                                  "N1,New One,n1@example.com,am1,new\n"
                                  "GB001,Taken,,,\n" // code exists
                                  "N1,Twice,,,\n"    // duplicate in file
                                  "N2,,,,\n"         // no name
                                  "N3,Bad Mail,not-an-email,,\n"
                                  "N4,Bad Owner,,ana,\n" // not an account manager
                                  "N5,Bad Stage,,,retired\n");
    auto report = run(request(ImportKind::Customers, path));
    ASSERT_TRUE(report.ok()) << report.error().message;
    EXPECT_EQ(report->rowsLoaded, 1);
    ASSERT_EQ(report->rowsRejected, 6);
    EXPECT_NE(report->firstRejections[0].reason.find("already exists"), std::string::npos);
    EXPECT_NE(report->firstRejections[1].reason.find("line 2"), std::string::npos);
    EXPECT_NE(report->firstRejections[2].reason.find("name"), std::string::npos);
    EXPECT_NE(report->firstRejections[3].reason.find("not-an-email"), std::string::npos);
    EXPECT_NE(report->firstRejections[4].reason.find("ana"), std::string::npos);
    EXPECT_NE(report->firstRejections[5].reason.find("retired"), std::string::npos);
}

TEST_F(TestImportService, ColumnMappingOverridesAndNamesProblems) {
    importGbkCustomers();
    const std::string path = file("odd.csv", "who,when,how much\nGB001,2026-03-01,5\n");
    ImportRequest r = request(ImportKind::Transactions, path);
    const Error missing = expectFatal(r);
    EXPECT_NE(missing.message.find("'customer'"), std::string::npos) << missing.message;
    EXPECT_NE(missing.message.find("who, when, how much"), std::string::npos);
    r.mappings = {"who=customer", "when=date", "how much=amount"};
    auto report = run(r);
    ASSERT_TRUE(report.ok()) << report.error().message;
    EXPECT_EQ(report->rowsLoaded, 1);
    r.mappings = {"who=client"};
    EXPECT_NE(expectFatal(r).message.find("not a field"), std::string::npos);
    r.mappings = {"nobody=customer"};
    EXPECT_NE(expectFatal(r).message.find("no column 'nobody'"), std::string::npos);
}

TEST_F(TestImportService, StrictModeImportsNothingWhenARowIsBad) {
    importGbkCustomers();
    ImportRequest r =
        request(ImportKind::Transactions,
                file("tx.csv", "customer,date,amount\nGB001,2026-02-01,1\nGB001,x,1\n"));
    r.strict = true;
    const Error error = expectFatal(r);
    EXPECT_NE(error.message.find("Line 3"), std::string::npos) << error.message;
}

TEST_F(TestImportService, AFileThatIsNeitherUtf8NorGbkIsRefusedWhole) {
    const Error error = expectFatal(request(
        ImportKind::Customers, file("binary.csv", "code,name\nX1,\xff\xff\xff\xfe\x80\x80\n")));
    EXPECT_NE(error.message.find("UTF-8"), std::string::npos) << error.message;
}

TEST_F(TestImportService, AFileThatFailsHalfwayLeavesTheDatabaseUnchanged) {
    // 60,000 good rows that create customers, then bytes that are not UTF-8.
    std::string text = "customer,date,amount\n";
    for (int i = 0; i < 60000; ++i)
        text += "H" + std::to_string(i) + ",2026-01-01,1.00\n";
    text += "H1,2026-01-02,\xC3\x28\n";
    ImportRequest r = request(ImportKind::Transactions, file("halfway.csv", text));
    r.createCustomers = true;
    r.dialect.encoding = TextEncoding::Utf8;
    const Error error = expectFatal(r);
    EXPECT_NE(error.message.find("not valid UTF-8"), std::string::npos) << error.message;
    EXPECT_EQ(count("SELECT count(*) FROM customers"), 0);
}

TEST_F(TestImportService, AnUnclosedQuoteIsFatal) {
    const Error error = expectFatal(
        request(ImportKind::Customers, file("quote.csv", "code,name\nQ1,\"never closed\nQ2,b\n")));
    EXPECT_NE(error.message.find("never closed"), std::string::npos) << error.message;
}

TEST_F(TestImportService, MissingEmptyAndHeaderOnlyFiles) {
    EXPECT_EQ(expectFatal(request(ImportKind::Customers, dir.path("nope.csv"))).code,
              ErrorCode::NotFound);
    EXPECT_NE(
        expectFatal(request(ImportKind::Customers, file("empty.csv", ""))).message.find("empty"),
        std::string::npos);
    auto headerOnly = run(request(ImportKind::Customers, file("head.csv", "code,name\n")));
    ASSERT_TRUE(headerOnly.ok());
    EXPECT_EQ(headerOnly->rowsRead, 0);
}

TEST_F(TestImportService, CancellingLeavesNothingBehind) {
    std::string text = "customer,date,amount\n";
    for (int i = 0; i < 20000; ++i)
        text += "K" + std::to_string(i) + ",2026-01-01,1\n";
    ImportRequest r = request(ImportKind::Transactions, file("cancel.csv", text));
    r.createCustomers = true;
    std::atomic_bool cancel{true};
    EXPECT_EQ(expectFatal(r, &cancel).code, ErrorCode::Cancelled);
}

TEST_F(TestImportService, CdnowSampleKeepsCodesAsWritten) {
    ImportRequest r = request(ImportKind::Transactions, test::dataFile("CDNOW_sample.txt"));
    r.cdnowFormat = true;
    r.createCustomers = true;
    auto report = run(r);
    ASSERT_TRUE(report.ok()) << report.error().message;
    EXPECT_EQ(report->rowsRead, 6919);
    EXPECT_EQ(report->rowsLoaded, 6919);
    EXPECT_EQ(report->customersCreated, 2357);
    auto ws = open();
    EXPECT_TRUE(CustomerService(*ws).idForCode("00004").ok());
    EXPECT_FALSE(CustomerService(*ws).idForCode("4").ok());
}

TEST_F(TestImportService, InteractionsAndSurveysResolveTouchpointsUsersAndRanges) {
    importGbkCustomers();
    auto interactions = run(request(
        ImportKind::Interactions,
        file("int.csv", "customer,date,channel,kind,direction,touchpoint,user,notes\n"
                        "GB001,2026-03-01 "
                        "09:30,wechat,referral,inbound,Recommendation,am1,Introduced a friend\n"
                        "GB002,2026-03-02,phone,call,outbound,,,\n"
                        "GB002,2026-03-02,fax,call,outbound,,,\n"
                        "GB002,2026-03-02,phone,call,outbound,No Such Place,,\n")));
    ASSERT_TRUE(interactions.ok()) << interactions.error().message;
    EXPECT_EQ(interactions->rowsLoaded, 2);
    EXPECT_EQ(interactions->rowsRejected, 2);
    auto surveys =
        run(request(ImportKind::Surveys,
                    file("survey.csv", "customer,date,nps,csat,ces,personalised_1,personalised_2,"
                                       "emotional_1,rights_1,value_1,ease_1\n"
                                       "GB001,2026-03-05,9,5,2,6,7,6,5,6,7\n"
                                       "GB002,2026-03-05,11,,,,,,,,\n"
                                       "GB003,2026-03-05,,,,,8,,,,\n"
                                       "GB003,2026-03-06,,,,,,,,,\n")));
    ASSERT_TRUE(surveys.ok()) << surveys.error().message;
    EXPECT_EQ(surveys->rowsLoaded, 1);
    EXPECT_EQ(surveys->rowsRejected, 3);
    EXPECT_EQ(count("SELECT count(*) FROM survey_answers"), 6);
    EXPECT_EQ(count("SELECT count(*) FROM interactions WHERE touchpoint_id IS NOT NULL AND user_id "
                    "IS NOT NULL"),
              1);
}

TEST_F(TestImportService, ASuccessfulImportIsRecordedAndAudited) {
    importGbkCustomers();
    auto ws = open();
    EXPECT_EQ(ws->db().queryInt64("SELECT rows_loaded FROM imports").value(), 3);
    storage::AuditFilter filter;
    filter.action = "import";
    auto rows = storage::AuditRepository(ws->db()).list(filter).value();
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].username, "admin");
    EXPECT_NE(rows[0].detail.find("loaded 3"), std::string::npos);
}
