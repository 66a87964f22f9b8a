#include "storage/customers/CustomerBulkWriter.h"
#include "storage/customers/CustomerRepository.h"
#include "support/TestSupport.h"

#include <gtest/gtest.h>

using namespace tessera;
using namespace tessera::storage;

namespace {

class TestCustomerBulkWriter : public ::testing::Test {
protected:
    void SetUp() override {
        OpenOptions options;
        options.create = true;
        auto opened = Database::open(dir.path("bulk.tessera"), options);
        ASSERT_TRUE(opened.ok()) << opened.error().message;
        db = std::move(*opened);
        cipher = std::make_unique<FieldCipher>(FieldCipher::create(SecretKey::random()).value());
    }

    static CustomerRecord customer(int n) {
        CustomerRecord c;
        c.code = "B" + std::to_string(100000 + n);
        // Longer than a std::string holds inline: the bulk writer binds text
        // in place, so this checks it is still there when the row is written.
        c.name = "Kunde " + std::to_string(n) + " mit einem langen Namen";
        c.kind = "person";
        c.phone = "138" + std::to_string(10000000 + n);
        c.email = "b" + std::to_string(n) + "@example.com";
        c.industry = "Maschinenbau und Anlagenbau " + std::to_string(n);
        c.createdAt = c.updatedAt = 1;
        if (n % 10 == 0) {
            c.tags = {"vip", "north"};
            ContactRecord contact;
            contact.name = "Kontakt" + std::to_string(n);
            contact.isPrimary = true;
            c.contacts.push_back(contact);
        }
        return c;
    }

    std::int64_t count(const std::string& sql) { return db->queryInt64(sql).value(); }
    std::int64_t customerIndexes() {
        return count("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND "
                     "tbl_name = 'customers'");
    }

    // Adds `n` customers through a writer that rebuilds indexes past
    // `threshold` rows, then finishes and commits.
    std::vector<std::int64_t> load(int n, std::int64_t threshold, bool* suspended = nullptr) {
        auto tx = TransactionGuard::begin(*db);
        auto writer = CustomerBulkWriter::create(*db, *cipher, threshold);
        EXPECT_TRUE(writer.ok()) << writer.error().message;
        std::vector<std::int64_t> ids;
        for (int i = 1; i <= n; ++i)
            ids.push_back(writer->add(customer(i)).value());
        if (suspended)
            *suspended = writer->indexesSuspended();
        EXPECT_TRUE(writer->finish().ok());
        EXPECT_FALSE(writer->indexesSuspended());
        EXPECT_TRUE(tx->commit().ok());
        return ids;
    }

    test::TempDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<FieldCipher> cipher;
};

} // namespace

TEST_F(TestCustomerBulkWriter, WritesCustomersTagsContactsAndSearchEntriesUnderTheIdsItReturns) {
    const auto ids = load(120, 1'000'000);
    ASSERT_EQ(ids.size(), 120u);
    EXPECT_EQ(ids.front(), 1);
    EXPECT_EQ(ids.back(), 120);
    EXPECT_EQ(count("SELECT count(*) FROM customers"), 120);
    EXPECT_EQ(count("SELECT count(*) FROM customer_tags"), 24);
    EXPECT_EQ(count("SELECT count(*) FROM contacts"), 12);
    EXPECT_EQ(count("SELECT count(*) FROM customer_search"), 120);
    EXPECT_EQ(count("SELECT count(*) FROM pragma_foreign_key_check"), 0);

    CustomerRepository repo(*db, *cipher);
    auto back = repo.findById(ids[29]).value();
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->code, "B100030");
    EXPECT_EQ(back->name, "Kunde 30 mit einem langen Namen");
    EXPECT_EQ(back->industry, "Maschinenbau und Anlagenbau 30");
    EXPECT_EQ(back->phone, "13810000030");
    EXPECT_EQ(back->email, "b30@example.com");
    EXPECT_EQ(back->tags, (std::vector<std::string>{"north", "vip"}));
    ASSERT_EQ(back->contacts.size(), 1u);
    EXPECT_EQ(back->contacts[0].name, "Kontakt30");
    PortfolioQuery byContact;
    byContact.search = "Kontakt30";
    EXPECT_EQ(repo.queryIds(byContact).value(), std::vector<std::int64_t>{ids[29]});
}

TEST_F(TestCustomerBulkWriter, ALargeLoadDropsTheIndexesAndBuildsThemAgain) {
    const std::int64_t before = customerIndexes();
    ASSERT_GE(before, 6); // the code's UNIQUE index and five more
    bool suspended = false;
    const auto ids = load(300, 100, &suspended);
    EXPECT_TRUE(suspended);
    EXPECT_EQ(customerIndexes(), before);
    auto integrity = db->prepare("PRAGMA integrity_check");
    ASSERT_TRUE(integrity->step().value());
    EXPECT_EQ(integrity->text(0), "ok");
    EXPECT_EQ(ids.size(), 300u);
}

TEST_F(TestCustomerBulkWriter, RebuiltIndexesFindWhatTheyShould) {
    load(300, 100);
    EXPECT_EQ(
        db->queryInt64("SELECT count(*) FROM customers INDEXED BY customers_name "
                       "WHERE name >= 'Kunde 2' COLLATE NOCASE AND name < 'Kunde 3' COLLATE NOCASE")
            .value(),
        111); // Kunde 2, Kunde 20-29, Kunde 200-299
    CustomerRepository repo(*db, *cipher);
    CustomerRecord probe;
    probe.name = "nobody";
    probe.phone = "13810000250";
    auto similar = repo.findSimilar(probe).value();
    EXPECT_EQ(similar, std::vector<std::int64_t>{250});
    PortfolioQuery q;
    q.search = "B100299";
    EXPECT_EQ(repo.queryIds(q).value(), std::vector<std::int64_t>{299});
}

TEST_F(TestCustomerBulkWriter, ARolledBackLoadLeavesTheTableAndItsIndexesAsTheyWere) {
    load(5, 1'000'000);
    const std::int64_t before = customerIndexes();
    {
        auto tx = TransactionGuard::begin(*db);
        auto writer = CustomerBulkWriter::create(*db, *cipher, 10);
        for (int i = 100; i < 200; ++i)
            ASSERT_TRUE(writer->add(customer(i)).ok());
        ASSERT_TRUE(writer->indexesSuspended());
        ASSERT_LT(customerIndexes(), before);
        // No finish, no commit: the guard rolls back, as a failed import does.
    }
    EXPECT_EQ(customerIndexes(), before);
    EXPECT_EQ(count("SELECT count(*) FROM customers"), 5);
    EXPECT_EQ(count("SELECT count(*) FROM customer_search"), 5);
}

TEST_F(TestCustomerBulkWriter, ADuplicateCodeFailsTheLoad) {
    load(3, 1'000'000);
    auto tx = TransactionGuard::begin(*db);
    auto writer = CustomerBulkWriter::create(*db, *cipher, 1'000'000);
    ASSERT_TRUE(writer->add(customer(2)).ok()); // queued, not written yet
    EXPECT_FALSE(writer->finish().ok());
}
