#include "storage/merge/CustomerMergeRepository.h"
#include "support/TestSupport.h"

#include <gtest/gtest.h>
#include <set>

namespace tessera::test {
namespace {

// Every table whose rows refer to a customer must be moved by a merge: a new
// table with a customer_id that the list forgets would make merges fail (or
// lose rows), so the list is checked against the schema itself.
TEST(TestCustomerMergeRepository, HandlesEveryTableThatRefersToCustomers) {
    TempDir dir;
    const std::string path = dir.path("schema.tessera");
    makeStandardDatabase(path);
    auto db = storage::Database::open(path);
    ASSERT_TRUE(db);
    const std::string referencing =
        dumpQuery(**db, "SELECT m.name FROM sqlite_master m, pragma_foreign_key_list(m.name) f "
                        "WHERE m.type = 'table' AND f.\"table\" = 'customers' ORDER BY m.name");
    std::set<std::string> expected;
    for (const auto& ref : storage::customerReferences())
        expected.insert(ref.table);
    std::string listed;
    for (const std::string& table : expected)
        listed += table + "\n";
    EXPECT_EQ(referencing, listed);
    // Each reference's key, with customer_id, tells its rows apart.
    for (const auto& ref : storage::customerReferences()) {
        for (const char* column : ref.key)
            EXPECT_EQ((*db)
                          ->queryInt64(std::string("SELECT count(*) FROM pragma_table_info('") +
                                       ref.table + "') WHERE name = '" + column + "'")
                          .value(),
                      1)
                << ref.table << "." << column;
    }
}

} // namespace
} // namespace tessera::test
