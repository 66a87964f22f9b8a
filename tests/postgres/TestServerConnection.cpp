// The libpq connection and the COPY text format against the test cluster.

#include "postgres/ServerFixture.h"
#include "storage/postgres/ServerUri.h"
#include "storage/teammode/CopyText.h"

#include <cmath>
#include <limits>

namespace tessera::test {
namespace {

using storage::ServerConnection;

class TestServerConnection : public ServerFixture {};

TEST_F(TestServerConnection, AFileNameIsNotAServer) {
    auto c = ServerConnection::connect("crm.tessera");
    ASSERT_FALSE(c);
    EXPECT_EQ(c.error().code, ErrorCode::InvalidArgument);
    EXPECT_NE(c.error().message.find("postgresql://"), std::string::npos) << c.error().message;
}

TEST_F(TestServerConnection, AServerThatIsNotThereIsNamedWithoutItsPassword) {
    auto c = ServerConnection::connect(
        "postgresql://someone:s3cret@/crm?host=/nonexistent-socket-dir&port=5999");
    ASSERT_FALSE(c);
    EXPECT_EQ(c.error().code, ErrorCode::IoError);
    EXPECT_NE(c.error().message.find("/nonexistent-socket-dir"), std::string::npos)
        << c.error().message;
    EXPECT_EQ(c.error().message.find("s3cret"), std::string::npos) << c.error().message;
}

TEST_F(TestServerConnection, AMissingDatabaseIsNotFound) {
    auto c = ServerConnection::connect(uriFor("tessera_owner", database + "_missing"));
    ASSERT_FALSE(c);
    EXPECT_EQ(c.error().code, ErrorCode::NotFound) << c.error().message;
}

TEST_F(TestServerConnection, PasswordsAreCutFromWhatIsShown) {
    EXPECT_EQ(storage::withoutPassword("postgresql://ann:pw@db.example:5432/crm"),
              "postgresql://ann@db.example:5432/crm");
    EXPECT_EQ(storage::withoutPassword("postgresql://db/crm?user=ann&password=pw&sslmode=require"),
              "postgresql://db/crm?user=ann&password=***&sslmode=require");
    EXPECT_EQ(storage::withoutPassword("postgresql://ann@db/crm"), "postgresql://ann@db/crm");
    EXPECT_TRUE(storage::isServerUri("postgres://db/crm"));
    EXPECT_FALSE(storage::isServerUri("/home/ann/crm.tessera"));
}

TEST_F(TestServerConnection, EveryKindOfValueTravelsThroughCopyUnchanged) {
    auto server = connectOwner();
    ASSERT_TRUE(server->exec("CREATE TABLE t (n integer PRIMARY KEY, i bigint, "
                             "r double precision, s text, b bytea)"));
    std::string allBytes;
    for (int b = 0; b < 256; ++b)
        allBytes += static_cast<char>(b);
    const std::vector<std::int64_t> ints = {std::numeric_limits<std::int64_t>::min(), -1, 0,
                                            std::numeric_limits<std::int64_t>::max(), 42};
    const std::vector<double> reals = {0.1 + 0.2, 1e-300, -0.0, 1.7976931348623157e308,
                                       std::numeric_limits<double>::infinity()};
    const std::vector<std::string> texts = {"tab\there", "new\nline\r", "back\\slash\\N", "王芳 ✓",
                                            ""};
    const std::vector<std::string> blobs = {allBytes, "", "\\x00", std::string(1, '\0'), "\t\n"};
    std::string data;
    for (std::size_t k = 0; k < ints.size(); ++k) {
        storage::appendCopyInteger(data, static_cast<std::int64_t>(k));
        data += '\t';
        storage::appendCopyInteger(data, ints[k]);
        data += '\t';
        storage::appendCopyReal(data, reals[k]);
        data += '\t';
        storage::appendCopyText(data, texts[k]);
        data += '\t';
        storage::appendCopyBytea(data, blobs[k]);
        data += '\n';
    }
    data += "5\t\\N\t\\N\t\\N\t\\N\n";
    bool sent = false;
    ASSERT_TRUE(server->copyIn("COPY t FROM STDIN", [&](std::string& chunk) -> Result<bool> {
        if (!sent)
            chunk = data;
        sent = true;
        return false;
    }));
    std::vector<std::vector<std::optional<std::string>>> rows;
    ASSERT_TRUE(server->copyOut(
        "COPY (SELECT i, r, s, b FROM t ORDER BY n) TO STDOUT",
        [&](std::string_view line) { rows.push_back(storage::splitCopyRow(line)); }));
    ASSERT_EQ(rows.size(), 6u);
    for (std::size_t k = 0; k < ints.size(); ++k) {
        ASSERT_EQ(rows[k].size(), 4u);
        EXPECT_EQ(std::stoll(*rows[k][0]), ints[k]);
        const double r = std::strtod(rows[k][1]->c_str(), nullptr);
        EXPECT_EQ(r, reals[k]) << *rows[k][1];
        EXPECT_EQ(std::signbit(r), std::signbit(reals[k])) << *rows[k][1];
        EXPECT_EQ(*rows[k][2], texts[k]);
        EXPECT_EQ(storage::decodeByteaHex(*rows[k][3]), blobs[k]);
    }
    for (const auto& field : rows[5])
        EXPECT_FALSE(field.has_value());
}

TEST_F(TestServerConnection, AValueTheServerRefusesInACopySaysWhereAndKeepsNothing) {
    auto server = connectOwner();
    ASSERT_TRUE(server->exec("CREATE TABLE t (i bigint)"));
    auto copied = server->copyIn("COPY t FROM STDIN", [](std::string& chunk) -> Result<bool> {
        chunk = "1\n2\nsoon\n";
        return false;
    });
    ASSERT_FALSE(copied);
    EXPECT_EQ(copied.error().code, ErrorCode::InvalidArgument);
    EXPECT_NE(copied.error().message.find("line 3"), std::string::npos) << copied.error().message;
    EXPECT_EQ(*server->queryInt64("SELECT count(*) FROM t"), 0);
}

} // namespace
} // namespace tessera::test
