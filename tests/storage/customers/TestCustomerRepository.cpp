#include "storage/admin/UserRepository.h"
#include "storage/customers/CustomerRepository.h"
#include "support/TestSupport.h"

#include <gtest/gtest.h>

using namespace tessera;
using namespace tessera::storage;

namespace {

class TestCustomerRepository : public ::testing::Test {
protected:
    void SetUp() override {
        OpenOptions options;
        options.create = true;
        auto opened = Database::open(dir.path("repo.tessera"), options);
        ASSERT_TRUE(opened.ok()) << opened.error().message;
        db = std::move(*opened);
        cipher = std::make_unique<FieldCipher>(FieldCipher::create(SecretKey::random()).value());
        repo = std::make_unique<CustomerRepository>(*db, *cipher);
    }

    std::int64_t add(const std::string& code, const std::string& name,
                     std::vector<ContactRecord> contacts = {}) {
        CustomerRecord c;
        c.code = code;
        c.name = name;
        c.phone = "+86 138 0000 " + code.substr(code.size() - 4);
        c.email = code + "@example.com";
        c.contacts = std::move(contacts);
        c.createdAt = c.updatedAt = 1;
        return repo->insert(c).value();
    }

    std::vector<std::int64_t> search(const std::string& text) {
        PortfolioQuery q;
        q.search = text;
        return repo->queryIds(q).value();
    }

    test::TempDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<FieldCipher> cipher;
    std::unique_ptr<CustomerRepository> repo;
};

} // namespace

TEST_F(TestCustomerRepository, StoresPersonalDataEncryptedAndReadsItBack) {
    const auto id = add("C0001", "Zhang Wei");
    auto raw = db->prepare("SELECT phone, email FROM customers WHERE id = ?");
    raw->bind(1, id);
    ASSERT_TRUE(raw->step().value());
    const Bytes phone = raw->blob(0);
    EXPECT_EQ(std::string(phone.begin(), phone.end()).find("0001"), std::string::npos);
    auto back = repo->findById(id).value();
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->phone, "+86 138 0000 0001");
    EXPECT_EQ(back->email, "C0001@example.com");
}

TEST_F(TestCustomerRepository, SearchesSubstringsPrefixesContactsAndExactPhones) {
    const auto zhang = add("C0001", "Zhang Wei Trading");
    const auto wang = add("C0002", "王伟科技有限公司", {{0, 0, "Li Na", "Buyer", {}, {}, true}});
    const auto smith = add("C0003", "Smith & Sons");
    EXPECT_EQ(search("Wei Tra"), std::vector<std::int64_t>{zhang});
    EXPECT_EQ(search("伟科技"), std::vector<std::int64_t>{wang});
    EXPECT_EQ(search("王"), std::vector<std::int64_t>{wang});    // prefix, one character
    EXPECT_EQ(search("li na"), std::vector<std::int64_t>{wang}); // contact name, any case
    EXPECT_EQ(search("C0003"), std::vector<std::int64_t>{smith});
    PortfolioQuery byPhone;
    byPhone.searchHashes.push_back(cipher->lookupHash("13800000002"));
    EXPECT_EQ(repo->queryIds(byPhone).value(), std::vector<std::int64_t>{wang});
}

TEST_F(TestCustomerRepository, SearchFollowsRenamesAndRemovals) {
    const auto id = add("C0001", "Old Name Ltd");
    auto record = repo->findById(id).value().value();
    record.name = "Brand New Ltd";
    ASSERT_TRUE(repo->update(record).ok());
    EXPECT_TRUE(search("Old Name").empty());
    EXPECT_EQ(search("New Ltd"), std::vector<std::int64_t>{id});
    ASSERT_TRUE(repo->remove(id).ok());
    EXPECT_TRUE(search("New Ltd").empty());
}

TEST_F(TestCustomerRepository, RefusesAStaleUpdate) {
    const auto id = add("C0001", "First");
    auto mine = repo->findById(id).value().value();
    auto theirs = mine;
    theirs.name = "Theirs";
    ASSERT_TRUE(repo->update(theirs).ok());
    mine.name = "Mine";
    auto stale = repo->update(mine);
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);
    EXPECT_EQ(repo->findById(id).value()->name, "Theirs");
}

TEST_F(TestCustomerRepository, ListsOnlyVisibleOwnersInTheRequestedOrder) {
    UserRecord owner;
    owner.username = "am";
    owner.displayName = "AM";
    owner.role = "account_manager";
    const auto ownerId = UserRepository(*db).insert(owner).value();
    add("C0001", "Beta");
    const auto alpha = add("C0002", "alpha");
    const auto gamma = add("C0003", "Gamma");
    ASSERT_TRUE(repo->setOwner(alpha, ownerId, 2).ok());
    ASSERT_TRUE(repo->setOwner(gamma, ownerId, 2).ok());
    PortfolioQuery q;
    q.visibleOwners = std::vector<std::int64_t>{ownerId};
    EXPECT_EQ(repo->queryIds(q).value(), (std::vector<std::int64_t>{alpha, gamma}));
    q.descending = true;
    EXPECT_EQ(repo->queryIds(q).value(), (std::vector<std::int64_t>{gamma, alpha}));
    EXPECT_EQ(repo->count(q).value(), 2);
    ASSERT_TRUE(repo->setArchived(gamma, true, 3).ok());
    EXPECT_EQ(repo->count(q).value(), 1);
}

// The first page by name is read differently for few and for many matches
// (sorting the matches, or walking the name index from where they can start):
// either way it is the start of the full ordered list.
TEST_F(TestCustomerRepository, AFirstPageOfASearchIsTheStartOfItsFullList) {
    auto tx = TransactionGuard::begin(*db);
    ASSERT_TRUE(tx.ok());
    for (int i = 0; i < 500; ++i)
        add("A" + std::to_string(10000 + i), "Adam " + std::to_string(1000 + i));
    for (int i = 0; i < 2100; ++i)
        add("Z" + std::to_string(10000 + i), "Zhou " + std::to_string(1000 + i));
    // Its code matches "Zh", and its name sorts before every "Zhou".
    const auto aaron = add("Zh-0001", "Aaron Lee");
    ASSERT_TRUE(tx->commit().ok());

    for (const std::string text : {"Zh", "Zhou 1", "Zhou 1099", "Adam 10", "Aaron", "zz-none"}) {
        for (const bool descending : {false, true}) {
            PortfolioQuery q;
            q.search = text;
            q.descending = descending;
            const auto all = repo->queryIds(q).value();
            q.limit = 5;
            const auto page = repo->queryIds(q).value();
            const std::vector<std::int64_t> expected(
                all.begin(), all.begin() + std::min<std::size_t>(5, all.size()));
            EXPECT_EQ(page, expected) << text << (descending ? " descending" : "");
        }
    }
    PortfolioQuery zh;
    zh.search = "Zh";
    zh.limit = 2;
    const auto page = repo->queryIds(zh).value();
    ASSERT_EQ(page.size(), 2u);
    EXPECT_EQ(page[0], aaron);
    EXPECT_EQ(repo->findById(page[1]).value()->name, "Zhou 1000");
}

TEST_F(TestCustomerRepository, FindsSimilarCustomersByEveryLookupKey) {
    const auto star = add("C0001", "北京星辰科技有限公司"); // phone +86 138 0000 0001
    auto withId = repo->findById(star).value().value();
    withId.idNumber = "91110105MA01ABCD2X";
    ASSERT_TRUE(repo->update(withId).ok());
    const auto other = add("C0002", "Other Ltd");
    const auto similar = [&](const std::string& name, std::optional<std::string> phone,
                             std::optional<std::string> email, std::optional<std::string> idNumber,
                             std::int64_t id = 0) {
        CustomerRecord probe;
        probe.id = id;
        probe.name = name;
        probe.phone = std::move(phone);
        probe.email = std::move(email);
        probe.idNumber = std::move(idNumber);
        return repo->findSimilar(probe).value();
    };
    const std::vector<std::int64_t> justStar{star};
    EXPECT_EQ(similar("北京星辰科技", {}, {}, {}), justStar);
    EXPECT_EQ(similar("Someone", "13800000001", {}, {}), justStar);
    EXPECT_EQ(similar("Someone", {}, " c0001@EXAMPLE.com", {}), justStar);
    EXPECT_EQ(similar("Someone", {}, {}, "91110105-MA01ABCD2x"), justStar);
    EXPECT_EQ(similar("OTHER", "13800000001", {}, {}), (std::vector<std::int64_t>{star, other}));
    EXPECT_TRUE(similar("北京星辰科技", {}, {}, {}, star).empty()); // itself left out
    EXPECT_TRUE(similar("北京星光科技", "13800000009", {}, "91110105MA01ABCD2Y").empty());
}
