// A file written before the pinyin and bigram search keys gets them made at
// the first sign-in (Workspace::login, storage/customers/SearchKeyIndex).

#include "domain/workspace/Workspace.h"
#include "storage/customers/CustomerRepository.h"
#include "support/TestSupport.h"

#include <gtest/gtest.h>

using namespace tessera;

namespace {

std::vector<std::int64_t> search(domain::Workspace& ws, const std::string& text) {
    storage::PortfolioQuery q;
    q.search = text;
    return storage::CustomerRepository(ws.db(), ws.cipher()).queryIds(q).value();
}

} // namespace

TEST(TestSearchKeysUpgrade, SignInMakesTheKeysOfAnOlderFile) {
    test::TempDir dir;
    const std::string path = dir.path("search.tessera");
    test::makeStandardDatabase(path);
    std::int64_t id = 0;
    {
        auto ws = test::openAs(path, "admin");
        storage::CustomerRecord c;
        c.code = "S1";
        c.name = "张伟";
        id = storage::CustomerRepository(ws->db(), ws->cipher()).insert(c).value();
        EXPECT_EQ(search(*ws, "zw"), std::vector<std::int64_t>{id});
        // What a file of schema 9 holds once migrated: no keys, version 0.
        ASSERT_TRUE(ws->db()
                        .exec("DELETE FROM search_keys; UPDATE settings SET value = '0' "
                              "WHERE key = 'search_keys_version'")
                        .ok());
        EXPECT_TRUE(search(*ws, "zw").empty());
    }
    auto ws = test::openAs(path, "ana"); // any role: names are not encrypted
    EXPECT_EQ(search(*ws, "zw"), std::vector<std::int64_t>{id});
    EXPECT_EQ(search(*ws, "zhangwei"), std::vector<std::int64_t>{id});
    EXPECT_EQ(
        ws->db().queryInt64("SELECT value FROM settings WHERE key = 'search_keys_version'").value(),
        1);
}
