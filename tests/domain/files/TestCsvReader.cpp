#include "domain/files/CsvReader.h"
#include "support/TestSupport.h"

#include <gtest/gtest.h>

using namespace tessera;
using namespace tessera::domain;

namespace {

struct ReadRows {
    std::vector<std::string> header;
    std::vector<std::pair<std::int64_t, std::vector<std::string>>> rows;
    char delimiter = 0;
    TextEncoding encoding = TextEncoding::Auto;
};

Result<ReadRows> readAll(const std::string& path, CsvDialect dialect = {}) {
    auto reader = CsvReader::open(path, dialect);
    if (!reader)
        return reader.error();
    ReadRows out;
    out.header = (*reader)->header();
    out.delimiter = (*reader)->delimiter();
    out.encoding = (*reader)->encoding();
    TESSERA_TRY((*reader)->forEachRow(
        [&](const SourceRow& row) -> Status {
            out.rows.emplace_back(row.line,
                                  std::vector<std::string>(row.fields.begin(), row.fields.end()));
            return {};
        },
        {}));
    return out;
}

} // namespace

TEST(TestCsvReader, DetectsTheDelimiterFromTheHeader) {
    EXPECT_EQ(detectDelimiter("a,b,c\n1;2;3"), ',');
    EXPECT_EQ(detectDelimiter("a;b;c\n"), ';');
    EXPECT_EQ(detectDelimiter("a\tb\tc\n"), '\t');
    EXPECT_EQ(detectDelimiter("\"x,y\";z\n"), ';');
    EXPECT_EQ(detectDelimiter("single"), ',');
}

TEST(TestCsvReader, KeepsLineNumbersAcrossBlankLinesCrlfAndEmbeddedNewlines) {
    test::TempDir dir;
    const std::string path = dir.path("lines.csv");
    test::writeFile(path, "a,b\r\n1,\"two\r\nlines\"\r\n\r\n3,x\r\n,\r\n4,\"q\"\"uote\"\r\n5,last");
    auto read = readAll(path);
    ASSERT_TRUE(read.ok()) << read.error().message;
    EXPECT_EQ(read->header, (std::vector<std::string>{"a", "b"}));
    ASSERT_EQ(read->rows.size(), 4u); // the blank line and the all-empty row are skipped
    EXPECT_EQ(read->rows[0].first, 2);
    EXPECT_EQ(read->rows[0].second[1], "two\r\nlines");
    EXPECT_EQ(read->rows[1].first, 5);
    EXPECT_EQ(read->rows[2].first, 7);
    EXPECT_EQ(read->rows[2].second[1], "q\"uote");
    EXPECT_EQ(read->rows[3].first, 8);
    EXPECT_EQ(read->rows[3].second[1], "last");
}

TEST(TestCsvReader, ReadsLargeFilesAcrossChunkBoundariesIncludingSplitCharacters) {
    test::TempDir dir;
    const std::string path = dir.path("big.csv");
    std::string text = "code,name\n";
    for (int i = 0; i < 60000; ++i)
        text += "C" + std::to_string(i) + ",\"名字 " + std::to_string(i) + "\nline two\"\n";
    test::writeFile(path, text);
    auto read = readAll(path);
    ASSERT_TRUE(read.ok()) << read.error().message;
    ASSERT_EQ(read->rows.size(), 60000u);
    EXPECT_EQ(read->rows[59999].second[1], "名字 59999\nline two");
    EXPECT_EQ(read->rows[59999].first, 2 + 2 * 59999);
}

TEST(TestCsvReader, TellsGbkFromUtf8AndHonoursAnExplicitEncoding) {
    auto gbk = readAll(test::dataFile("import_customers_gbk.csv"));
    ASSERT_TRUE(gbk.ok());
    EXPECT_EQ(gbk->encoding, TextEncoding::Gbk);
    EXPECT_EQ(gbk->header[0], "客户编号");
    CsvDialect forced;
    forced.encoding = TextEncoding::Utf8;
    auto wrong = readAll(test::dataFile("import_customers_gbk.csv"), forced);
    ASSERT_FALSE(wrong.ok());
    EXPECT_NE(wrong.error().message.find("GBK"), std::string::npos);
}

TEST(TestCsvReader, RefusesAnUnclosedQuoteWithItsLine) {
    test::TempDir dir;
    const std::string path = dir.path("open.csv");
    test::writeFile(path, "a,b\n1,2\n\"open,3\n4,5\n");
    auto read = readAll(path);
    ASSERT_FALSE(read.ok());
    EXPECT_NE(read.error().message.find("Line 3"), std::string::npos) << read.error().message;
}
