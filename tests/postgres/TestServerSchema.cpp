// The server's schema: the twin of the file's, table for table and column for
// column, and a newer server refused like a newer file.

#include "postgres/ServerFixture.h"
#include "storage/postgres/ServerMigrations.h"
#include "storage/postgres/ServerSchema.h"
#include "storage/sqlite/Database.h"
#include "storage/sqlite/Migrations.h"
#include "storage/teammode/FileTables.h"

namespace tessera::test {
namespace {

using storage::ColumnClass;

class TestServerSchema : public ServerFixture {};

const char* serverTypeOf(ColumnClass c) {
    switch (c) {
    case ColumnClass::Integer: return "bigint";
    case ColumnClass::Real: return "double precision";
    case ColumnClass::Text: return "text";
    case ColumnClass::Blob: return "bytea";
    }
    return "";
}

TEST_F(TestServerSchema, EveryTableAndColumnOfTheFileHasItsTwinOnTheServer) {
    EXPECT_EQ(storage::latestServerSchemaVersion(), storage::latestSchemaVersion());
    auto server = connectOwner();
    EXPECT_EQ(*storage::serverSchemaVersion(*server), 0);
    ASSERT_TRUE(storage::migrateServerSchema(*server));
    EXPECT_EQ(*storage::serverSchemaVersion(*server), storage::latestSchemaVersion());

    const std::string path = dir.path("fresh.tessera");
    makeStandardDatabase(path);
    auto file = storage::Database::open(path);
    ASSERT_TRUE(file) << file.error().message;
    auto tables = storage::listFileTables(**file);
    ASSERT_TRUE(tables);
    ASSERT_GT(tables->size(), 25u);
    for (const auto& table : *tables) {
        std::string serverColumns;
        std::string fileColumns;
        auto columns = server->query("SELECT column_name, data_type FROM "
                                     "information_schema.columns WHERE table_schema = 'public' "
                                     "AND table_name = $1 ORDER BY ordinal_position",
                                     {table.name});
        ASSERT_TRUE(columns);
        for (int r = 0; r < columns->size(); ++r)
            serverColumns +=
                std::string(columns->text(r, 0)) + " " + std::string(columns->text(r, 1)) + "; ";
        for (const auto& c : table.columns)
            fileColumns += c.name + " " + serverTypeOf(c.type) + "; ";
        EXPECT_EQ(serverColumns, fileColumns) << "table " << table.name;
    }
}

TEST_F(TestServerSchema, MigratingTwiceChangesNothing) {
    auto server = connectOwner();
    ASSERT_TRUE(storage::migrateServerSchema(*server));
    ASSERT_TRUE(storage::migrateServerSchema(*server));
    EXPECT_EQ(*server->queryInt64("SELECT count(*) FROM schema_migrations"), 1);
}

TEST_F(TestServerSchema, ANewerServerIsRefusedLikeANewerFile) {
    auto server = connectOwner();
    ASSERT_TRUE(storage::migrateServerSchema(*server));
    const int newer = storage::latestSchemaVersion() + 1;
    ASSERT_TRUE(server->exec("INSERT INTO schema_migrations (version) VALUES (" +
                             std::to_string(newer) + ")"));
    auto migrated = storage::migrateServerSchema(*server);
    ASSERT_FALSE(migrated);
    EXPECT_EQ(migrated.error().code, ErrorCode::NewerSchema);
    EXPECT_NE(migrated.error().message.find("schema " + std::to_string(newer)), std::string::npos)
        << migrated.error().message;
}

} // namespace
} // namespace tessera::test
