// Imports into a team server (issue 13 point 2): the rows go with COPY into a
// staging table and on through the row-level security policies, ids handed
// out up front continue the server's sequences, and a failed import leaves
// nothing behind, as with a file.

#include "domain/customers/CustomerService.h"
#include "domain/import/ImportService.h"
#include "postgres/ServerFixture.h"

namespace tessera::test {
namespace {

class TestServerImport : public ServerFixture {
protected:
    void SetUp() override {
        ServerFixture::SetUp();
        path = demoOnServer();
    }

    domain::ImportRequest request(domain::ImportKind kind, const std::string& name,
                                  const std::string& text) {
        domain::ImportRequest r;
        r.kind = kind;
        r.path = dir.path(name);
        writeFile(r.path, text);
        return r;
    }

    std::string count(const std::string& sql) { return psql(roleOf("admin"), sql).out; }

    std::string path;
};

// What COPY's text format escapes (backslash, tab, newline, a text "\N"
// that is not NULL), Chinese, an encrypted phone and notes, tags (written
// after their customers) and a rejected row.
const char* const kCustomers =
    "code,name,kind,phone,tags,notes,region\n"
    "IMP1,\"Back\\slash \"\"quoted\"\" 公司\",company,13800138000,vip;north,"
    "\"line one\nline two\twith a tab\",\"\\\\N\tEast\"\n"
    "IMP2,张伟,person,,,,\n"
    "IMP3,,company,,,,\n";

TEST_F(TestServerImport, CustomersImportedIntoTheServerReadBackAsFromTheFile) {
    auto file = demoAs(path, "admin");
    auto server = serverAs("admin");
    const auto r = request(domain::ImportKind::Customers, "customers.csv", kCustomers);
    auto intoFile = domain::ImportService(*file).run(r);
    ASSERT_TRUE(intoFile) << intoFile.error().message;
    auto intoServer = domain::ImportService(*server).run(r);
    ASSERT_TRUE(intoServer) << intoServer.error().message;
    EXPECT_EQ(intoServer->rowsLoaded, 2);
    EXPECT_EQ(intoServer->rowsRejected, 1);
    EXPECT_EQ(intoServer->rowsLoaded, intoFile->rowsLoaded);

    domain::CustomerService onFile(*file);
    domain::CustomerService onServer(*server);
    for (const char* code : {"IMP1", "IMP2"}) {
        auto fileId = onFile.idForCode(code);
        auto serverId = onServer.idForCode(code);
        ASSERT_TRUE(fileId && serverId) << code;
        auto a = onFile.open(*fileId);
        auto b = onServer.open(*serverId);
        ASSERT_TRUE(a && b) << code;
        EXPECT_EQ(b->record.name, a->record.name);
        EXPECT_EQ(b->record.kind, a->record.kind);
        EXPECT_EQ(b->record.phone, a->record.phone);
        EXPECT_EQ(b->record.notes, a->record.notes);
        EXPECT_EQ(b->record.tags, a->record.tags);
        EXPECT_EQ(b->record.region, a->record.region);
    }
    auto imp1 = onServer.open(onServer.idForCode("IMP1").value()).value();
    EXPECT_EQ(imp1.record.name, "Back\\slash \"quoted\" 公司");
    EXPECT_EQ(imp1.record.region, "\\\\N\tEast");
    EXPECT_EQ(imp1.record.notes, std::optional<std::string>("line one\nline two\twith a tab"));
    EXPECT_EQ(imp1.record.phone, std::optional<std::string>("13800138000"));
    EXPECT_EQ(imp1.record.tags, (std::vector<std::string>{"north", "vip"})); // in tag order
    // The server holds the phone as ciphertext only.
    EXPECT_EQ(count("SELECT count(*) FROM customers WHERE code = 'IMP1' AND "
                    "position('13800138000' in encode(phone, 'escape')) = 0"),
              "1");
    EXPECT_EQ(count("SELECT rows_loaded || '/' || rows_rejected FROM imports ORDER BY id DESC "
                    "LIMIT 1"),
              "2/1");
}

TEST_F(TestServerImport, IdsAnImportHandsOutAreNotHandedOutAgain) {
    auto server = serverAs("admin");
    auto r = request(domain::ImportKind::Transactions, "tx.csv",
                     "customer,date,amount\nNEWA,2026-02-01,10.50\nNEWB,2026-02-02,3\n"
                     "NEWA,2026-02-03,7\n");
    r.createCustomers = true;
    auto imported = domain::ImportService(*server).run(r);
    ASSERT_TRUE(imported) << imported.error().message;
    EXPECT_EQ(imported->customersCreated, 2);
    EXPECT_EQ(imported->rowsLoaded, 3);
    EXPECT_EQ(count("SELECT count(*) FROM transactions t JOIN customers c ON c.id = "
                    "t.customer_id WHERE c.code IN ('NEWA', 'NEWB')"),
              "3");

    // A customer made by hand afterwards gets the next id after the import's.
    domain::CustomerService customers(*server);
    storage::CustomerRecord made;
    made.code = "HAND1";
    made.name = "Made By Hand";
    auto id = customers.create(made);
    ASSERT_TRUE(id) << id.error().message;
    EXPECT_GT(*id, customers.idForCode("NEWA").value());
    EXPECT_GT(*id, customers.idForCode("NEWB").value());
    // And a second import after it goes on from there.
    auto again = request(domain::ImportKind::Customers, "more.csv", "code,name\nMORE1,More\n");
    ASSERT_TRUE(domain::ImportService(*server).run(again));
    EXPECT_GT(customers.idForCode("MORE1").value(), *id);
}

TEST_F(TestServerImport, AFailedImportLeavesTheServerAsItWas) {
    auto server = serverAs("admin");
    const std::string customersBefore = count("SELECT count(*) FROM customers");
    const std::string importsBefore = count("SELECT count(*) FROM imports");
    auto r = request(domain::ImportKind::Customers, "bad.csv", kCustomers);
    r.strict = true;
    auto imported = domain::ImportService(*server).run(r);
    ASSERT_FALSE(imported);
    EXPECT_EQ(count("SELECT count(*) FROM customers"), customersBefore);
    EXPECT_EQ(count("SELECT count(*) FROM imports"), importsBefore);
    // The connection is usable again at once: nothing was left half-open.
    r.strict = false;
    auto retried = domain::ImportService(*server).run(r);
    ASSERT_TRUE(retried) << retried.error().message;
    EXPECT_EQ(retried->rowsLoaded, 2);
}

TEST_F(TestServerImport, AnAnalystImportsPersonalColumnsTheyMayNotReadBack) {
    auto analyst = serverAs("chen.jing");
    auto r = request(domain::ImportKind::Customers, "c.csv",
                     "code,name,phone\nAN1,Analyst Import,13900139000\n");
    auto imported = domain::ImportService(*analyst).run(r);
    ASSERT_TRUE(imported) << imported.error().message;
    EXPECT_EQ(imported->rowsLoaded, 1);
    // The server hands the analyst no phone; the administrator reads it.
    EXPECT_NE(psql(roleOf("chen.jing"), "SELECT phone FROM customers WHERE code = 'AN1'").exitCode,
              0);
    auto admin = serverAs("admin");
    domain::CustomerService customers(*admin);
    auto view = customers.open(customers.idForCode("AN1").value());
    ASSERT_TRUE(view) << view.error().message;
    EXPECT_EQ(view->record.phone, std::optional<std::string>("13900139000"));
}

TEST_F(TestServerImport, AnAccountManagersRoleCannotImport) {
    auto manager = serverAs("zhang.wei");
    auto r = request(domain::ImportKind::Customers, "c.csv", "code,name\nAM1,Try\n");
    auto imported = domain::ImportService(*manager).run(r);
    ASSERT_FALSE(imported);
    EXPECT_EQ(imported.error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(count("SELECT count(*) FROM customers WHERE code = 'AM1'"), "0");
}

} // namespace
} // namespace tessera::test
