#include "storage/merge/RowJournal.h"
#include "support/TestSupport.h"

#include <gtest/gtest.h>

namespace tessera::test {
namespace {

using storage::StoredValue;

storage::StoredRows sample() {
    storage::StoredRows rows;
    rows.table = "t";
    rows.columns = {"i", "r", "s", "b", "n"};
    StoredValue blob{StoredValue::Type::Blob, 0, 0, std::string("\0\x01\xff", 3)};
    rows.rows.push_back({StoredValue{StoredValue::Type::Integer, -42, 0, {}},
                         StoredValue{StoredValue::Type::Real, 0, 0.1, {}},
                         StoredValue{StoredValue::Type::Text, 0, 0, "北京"}, blob, StoredValue{}});
    return rows;
}

TEST(TestRowJournal, RoundTripsEveryStorageClassAndNumber) {
    storage::RowJournal journal;
    journal.add("first", sample());
    journal.add("empty", storage::StoredRows{"u", {"x"}, {}});
    journal.setNumber("version", 7);
    auto back = storage::RowJournal::decode(journal.encode());
    ASSERT_TRUE(back) << back.error().message;
    ASSERT_NE(back->find("first"), nullptr);
    EXPECT_EQ(back->find("first")->rows, sample().rows);
    EXPECT_EQ(back->find("first")->columns, sample().columns);
    EXPECT_TRUE(back->find("empty")->empty());
    EXPECT_EQ(back->number("version"), 7);
    EXPECT_EQ(back->find("missing"), nullptr);
}

TEST(TestRowJournal, RefusesDamagedBytes) {
    storage::RowJournal journal;
    journal.add("first", sample());
    std::vector<std::uint8_t> bytes = journal.encode();
    for (std::size_t cut : {std::size_t{0}, std::size_t{3}, bytes.size() / 2, bytes.size() - 1}) {
        auto damaged = storage::RowJournal::decode(std::span(bytes.data(), cut));
        ASSERT_FALSE(damaged) << cut;
        EXPECT_EQ(damaged.error().code, ErrorCode::Corrupt);
    }
    bytes.push_back(0);
    EXPECT_FALSE(storage::RowJournal::decode(bytes));
}

// Captured rows go back byte for byte, storage class included.
TEST(TestRowJournal, CaptureAndInsertKeepStorageClasses) {
    TempDir dir;
    storage::OpenOptions options;
    options.create = true;
    auto db = storage::Database::open(dir.path("rows.db"), options);
    ASSERT_TRUE(db);
    ASSERT_TRUE((*db)->exec("CREATE TABLE t (id INTEGER PRIMARY KEY, v)"));
    ASSERT_TRUE((*db)->exec("INSERT INTO t (v) VALUES (1), (1.5), ('1'), (x'01'), (NULL)"));
    const std::string before = dumpQuery(**db, "SELECT id, typeof(v), quote(v) FROM t");
    const std::int64_t none[] = {0};
    auto rows = storage::captureRows(**db, "t", "*", "id > ?1", none);
    ASSERT_TRUE(rows);
    ASSERT_TRUE((*db)->exec("DELETE FROM t"));
    ASSERT_TRUE(storage::insertRows(**db, *rows));
    EXPECT_EQ(dumpQuery(**db, "SELECT id, typeof(v), quote(v) FROM t"), before);
}

} // namespace
} // namespace tessera::test
