// The search keys (pinyin, initials, bigrams) follow every writer of a
// customer's name: insert, bulk load, update, delete, merge and its undo,
// erasure.

#include "storage/customers/CustomerBulkWriter.h"
#include "storage/customers/CustomerRepository.h"
#include "storage/customers/SearchKeyIndex.h"
#include "storage/customers/SearchKeys.h"
#include "storage/merge/CustomerMergeRepository.h"
#include "storage/rights/ErasureRepository.h"
#include "support/TestSupport.h"

#include <algorithm>
#include <gtest/gtest.h>

using namespace tessera;
using namespace tessera::storage;

namespace {

class TestSearchKeyIndex : public ::testing::Test {
protected:
    void SetUp() override {
        OpenOptions options;
        options.create = true;
        auto opened = Database::open(dir.path("keys.tessera"), options);
        ASSERT_TRUE(opened.ok()) << opened.error().message;
        db = std::move(*opened);
        cipher = std::make_unique<FieldCipher>(FieldCipher::create(SecretKey::random()).value());
        repo = std::make_unique<CustomerRepository>(*db, *cipher);
    }

    std::int64_t add(const std::string& code, const std::string& name) {
        CustomerRecord c;
        c.code = code;
        c.name = name;
        c.createdAt = c.updatedAt = 1;
        return repo->insert(c).value();
    }

    std::vector<std::int64_t> search(const std::string& text, std::optional<int> limit = {}) {
        PortfolioQuery q;
        q.search = text;
        q.limit = limit;
        return repo->queryIds(q).value();
    }

    // The stored keys of `id`, sorted.
    std::vector<std::string> keysOf(std::int64_t id) {
        auto stmt = db->prepare("SELECT key FROM search_keys WHERE customer_id = ? ORDER BY key");
        stmt->bind(1, id);
        return stmt->collect([](const Statement& s) { return s.text(0); }).value();
    }

    static std::vector<std::string> sorted(std::vector<std::string> keys) {
        std::sort(keys.begin(), keys.end());
        return keys;
    }

    test::TempDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<FieldCipher> cipher;
    std::unique_ptr<CustomerRepository> repo;
};

using Ids = std::vector<std::int64_t>;

} // namespace

TEST_F(TestSearchKeyIndex, FindsChineseNamesByPinyinInitialsAndTwoCharacterWords) {
    const auto zhangWei = add("C0001", "张伟");
    const auto star = add("C0002", "北京星辰科技有限公司");
    const auto trade = add("C0003", "上海贸易有限公司");
    const auto latin = add("C0004", "Zhang Wei Trading");
    const auto shan = add("C0005", "单芳");
    for (const char* text : {"zhangwei", "ZHANGW"})
        EXPECT_EQ(search(text), (Ids{zhangWei})) << text;
    // With the space, the Latin name matches as well, and sorts first.
    for (const char* text : {"zhang wei", "Zhang Wei"})
        EXPECT_EQ(search(text), (Ids{latin, zhangWei})) << text;
    EXPECT_EQ(search("zw"), (Ids{zhangWei}));
    EXPECT_EQ(search("bjxc"), (Ids{star}));
    EXPECT_EQ(search("beijingxing"), (Ids{star}));
    EXPECT_EQ(search("科技"), (Ids{star})); // in the middle of the name
    EXPECT_EQ(search("贸易"), (Ids{trade}));
    EXPECT_EQ(search("有限"), (Ids{trade, star})); // 上 sorts before 北
    EXPECT_EQ(search("北京"), (Ids{star}));        // a prefix still
    EXPECT_EQ(search("shanfang"), (Ids{shan}));    // each reading of a polyphone
    EXPECT_EQ(search("danfang"), (Ids{shan}));
    EXPECT_TRUE(search("wei").empty() || search("wei") == Ids{latin}); // no syllable-start keys
}

TEST_F(TestSearchKeyIndex, RenamesAndRemovalsKeepTheKeysRight) {
    const auto id = add("C0001", "张伟");
    EXPECT_EQ(keysOf(id), sorted(searchKeysOf("张伟")));
    auto record = repo->findById(id).value().value();
    record.name = "李娜贸易";
    ASSERT_TRUE(repo->update(record).ok());
    EXPECT_EQ(keysOf(id), sorted(searchKeysOf("李娜贸易")));
    EXPECT_TRUE(search("zw").empty());
    EXPECT_EQ(search("lina"), (Ids{id}));
    record = repo->findById(id).value().value();
    record.name = "Plain Name";
    ASSERT_TRUE(repo->update(record).ok());
    EXPECT_TRUE(keysOf(id).empty());
    record = repo->findById(id).value().value();
    record.name = "王芳";
    ASSERT_TRUE(repo->update(record).ok());
    ASSERT_TRUE(repo->remove(id).ok());
    EXPECT_EQ(db->queryInt64("SELECT count(*) FROM search_keys").value(), 0);
}

TEST_F(TestSearchKeyIndex, AMergeAndItsUndoMoveTheKeys) {
    const auto into = add("C0001", "张伟");
    const auto from = add("C0002", "北京星辰科技有限公司");
    CustomerMergeRepository merges(*db);
    const MergeField takeName[] = {MergeField::Name};
    auto merged = merges.merge(into, from, takeName, std::nullopt, 2);
    ASSERT_TRUE(merged.ok()) << merged.error().message;
    EXPECT_EQ(keysOf(into), sorted(searchKeysOf("北京星辰科技有限公司")));
    EXPECT_TRUE(keysOf(from).empty());
    EXPECT_TRUE(search("zw").empty());
    EXPECT_EQ(search("科技"), (Ids{into}));
    ASSERT_TRUE(merges.unmerge(merged->mergeId).ok());
    EXPECT_EQ(keysOf(into), sorted(searchKeysOf("张伟")));
    EXPECT_EQ(keysOf(from), sorted(searchKeysOf("北京星辰科技有限公司")));
    EXPECT_EQ(search("zw"), (Ids{into}));
    EXPECT_EQ(search("科技"), (Ids{from}));
}

TEST_F(TestSearchKeyIndex, AnErasureLeavesNoKeyOfTheErasedName) {
    const auto id = add("C0001", "曾乐天");
    const auto other = add("C0002", "曾乐天科技"); // shares keys with the erased name
    ErasureRequest request;
    request.customerId = id;
    request.pseudonym = "已删除客户 1";
    request.erasedAt = 3;
    request.reason = "the customer asked";
    auto erased = ErasureRepository(*db).erase(request);
    ASSERT_TRUE(erased.ok()) << erased.error().message;
    const auto left = keysOf(id);
    EXPECT_EQ(left, sorted(searchKeysOf("已删除客户 1")));
    for (const std::string& key : searchKeysOf("曾乐天"))
        EXPECT_EQ(std::count(left.begin(), left.end(), key), 0) << key;
    for (const char* text : {"zengletian", "cengyuetian", "zlt", "曾乐", "乐天"})
        EXPECT_EQ(search(text), (Ids{other})) << text;
}

TEST_F(TestSearchKeyIndex, ABulkLoadWritesTheKeysInKeyOrder) {
    auto tx = TransactionGuard::begin(*db);
    ASSERT_TRUE(tx.ok());
    auto writer = CustomerBulkWriter::create(*db, *cipher, 10);
    ASSERT_TRUE(writer.ok());
    std::vector<std::int64_t> ids;
    for (int i = 0; i < 30; ++i) {
        CustomerRecord c;
        c.code = "B" + std::to_string(100 + i);
        c.name = i % 2 ? "张伟" : "Bulk " + std::to_string(i);
        c.createdAt = c.updatedAt = 1;
        ids.push_back(writer->add(c).value());
    }
    ASSERT_TRUE(writer->finish().ok());
    ASSERT_TRUE(tx->commit().ok());
    EXPECT_EQ(search("zw").size(), 15u);
    EXPECT_EQ(keysOf(ids[1]), sorted(searchKeysOf("张伟")));
    EXPECT_TRUE(keysOf(ids[0]).empty());
}

TEST_F(TestSearchKeyIndex, AFirstPageOfABroadSearchIsTheStartOfItsFullList) {
    auto tx = TransactionGuard::begin(*db);
    ASSERT_TRUE(tx.ok());
    for (int i = 0; i < 300; ++i)
        add("L" + std::to_string(10000 + i), "Latin " + std::to_string(1000 + i));
    const char* given[] = {"伟", "文", "薇", "武"};
    for (int i = 0; i < 2100; ++i)
        add("Z" + std::to_string(10000 + i),
            std::string(i % 3 ? "张" : "周") + given[i % 4] + std::to_string(i));
    for (int i = 0; i < 2100; ++i)
        add("K" + std::to_string(10000 + i), "杭州" + std::to_string(i) + "科技有限公司");
    add("T0001", "TCL科技");
    ASSERT_TRUE(tx->commit().ok());
    for (const std::string text : {"zw", "zhang", "zhangwei", "科技", "有限", "Zh"}) {
        PortfolioQuery q;
        q.search = text;
        const auto all = repo->queryIds(q).value();
        ASSERT_GT(all.size(), 5u) << text;
        q.limit = 5;
        const Ids expected(all.begin(), all.begin() + 5);
        EXPECT_EQ(repo->queryIds(q).value(), expected) << text;
    }
    // The Latin-first name with 科技 sorts before every Han name.
    EXPECT_EQ(repo->findById(search("科技", 1).front()).value()->name, "TCL科技");
}

TEST_F(TestSearchKeyIndex, ARefreshMakesTheKeysOfAnOlderFileOnce) {
    const auto id = add("C0001", "张伟");
    ASSERT_TRUE(db->exec("DELETE FROM search_keys; UPDATE settings SET value = '0' "
                         "WHERE key = 'search_keys_version'")
                    .ok());
    EXPECT_TRUE(searchKeysOutdated(*db).value());
    EXPECT_TRUE(search("zw").empty());
    auto made = refreshSearchKeys(*db);
    ASSERT_TRUE(made.ok());
    EXPECT_EQ(made->value_or(-1), 3);
    EXPECT_EQ(search("zw"), (Ids{id}));
    EXPECT_FALSE(searchKeysOutdated(*db).value());
    EXPECT_FALSE(refreshSearchKeys(*db).value().has_value()); // current: nothing to do
}
