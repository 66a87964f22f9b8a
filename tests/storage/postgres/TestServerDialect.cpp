// The few spellings SQLite and PostgreSQL disagree on, turned into the
// server's by storage/postgres/ServerDialect before a statement is sent.
// Pure text: no server needed (the postgres-labelled tests run the result).

#include "storage/postgres/ServerDialect.h"

#include <gtest/gtest.h>

using namespace tessera::storage;

TEST(TestServerDialect, NumbersPlaceholdersAsSqliteDoes) {
    const ServerSql sql = toServerSql("SELECT ?, ?3, ? FROM t WHERE a = ?1");
    EXPECT_EQ(sql.text, "SELECT $1, $3, $4 FROM t WHERE a = $1");
    EXPECT_EQ(sql.parameters, 4);
    ASSERT_EQ(sql.placeholders.size(), 4u);
    EXPECT_EQ(sql.text.substr(sql.placeholders[1].at, sql.placeholders[1].length), "$3");
}

TEST(TestServerDialect, LeavesLiteralsQuotedNamesAndCommentsAlone) {
    EXPECT_EQ(toServerSql("SELECT 'a ? b', \"x?\" -- like ?\nFROM t /* is ? */ WHERE c = ?").text,
              "SELECT 'a ? b', \"x?\" -- like ?\nFROM t /* is ? */ WHERE c = $1");
    EXPECT_EQ(toServerSql("SELECT 'it''s ? here' LIKE ?").text, "SELECT 'it''s ? here' ILIKE $1");
}

TEST(TestServerDialect, InsertOrIgnoreBecomesOnConflictDoNothingBeforeReturning) {
    EXPECT_EQ(toServerSql("INSERT OR IGNORE INTO t (a) VALUES (?);").text,
              "INSERT INTO t (a) VALUES ($1) ON CONFLICT DO NOTHING ");
    const ServerSql returning = toServerSql("insert or ignore into t (a) values (?) returning id");
    EXPECT_EQ(returning.text, "insert into t (a) values ($1)  ON CONFLICT DO NOTHING returning id");
    EXPECT_EQ(returning.text.substr(returning.placeholders[0].at, 2), "$1");
}

TEST(TestServerDialect, NullSafeComparisonsKeepTheirMeaning) {
    EXPECT_EQ(toServerSql("WHERE a IS ?1 AND b IS NOT ?2").text,
              "WHERE a IS NOT DISTINCT FROM $1 AND b IS DISTINCT FROM $2");
    EXPECT_EQ(toServerSql("WHERE a IS NULL AND b IS NOT NULL").text,
              "WHERE a IS NULL AND b IS NOT NULL");
}

TEST(TestServerDialect, ANegativeLimitMeansNoLimitOnBothEngines) {
    EXPECT_EQ(toServerSql("SELECT a FROM t LIMIT -1").text, "SELECT a FROM t LIMIT ALL");
    EXPECT_EQ(toServerSql("SELECT a FROM t LIMIT ?").text,
              "SELECT a FROM t LIMIT NULLIF(GREATEST($1, -1), -1)");
}

TEST(TestServerDialect, PlannerHintsAndSqliteFunctionsTranslate) {
    EXPECT_EQ(toServerSql("SELECT id FROM customers c INDEXED BY customers_name WHERE x").text,
              "SELECT id FROM customers c  WHERE x"); // the hint's spaces stay, harmless
    EXPECT_EQ(toServerSql("FROM customers c NOT INDEXED WHERE x").text,
              "FROM customers c  WHERE x");
    EXPECT_EQ(toServerSql("SELECT ifnull(a, 0), group_concat(t, ', ') FROM temp.x").text,
              "SELECT COALESCE(a, 0), string_agg(t, ', ') FROM pg_temp.x");
    EXPECT_EQ(toServerSql("BEGIN IMMEDIATE").text, "BEGIN");
}

TEST(TestServerDialect, NullParametersAreWrittenIntoTheText) {
    const ServerSql sql = toServerSql("SELECT a FROM t WHERE ?1 IS NULL OR a = ?1 AND b = ?2");
    EXPECT_EQ(sql.withNulls({true, false}),
              "SELECT a FROM t WHERE NULL IS NULL OR a = NULL AND b = $2");
    EXPECT_EQ(sql.withNulls({false, false}), sql.text);
}

TEST(TestServerDialect, TheFullTextIndexIsNotKeptOnTheServer) {
    EXPECT_TRUE(toServerSql("DELETE FROM customer_search WHERE rowid = ?").skip);
    EXPECT_FALSE(toServerSql("DELETE FROM customers WHERE id = ?").skip);
    EXPECT_FALSE(toServerSql("SELECT 'customer_search'").skip);
}
