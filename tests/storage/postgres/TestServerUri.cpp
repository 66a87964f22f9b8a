// File > Connect to Server builds the URI from its fields and reads it back
// from the recent list (storage/postgres/ServerUri).

#include "storage/postgres/ServerUri.h"

#include <gtest/gtest.h>

using namespace tessera::storage;

TEST(TestServerUri, AHostAndPortRoundTripWithEveryPartEncoded) {
    ServerAddress a;
    a.host = "db.example.com";
    a.port = 6543;
    a.database = "crm team";
    a.user = "zhang.wei@sales";
    a.password = "p:w/d@1";
    const std::string uri = serverUri(a);
    EXPECT_EQ(uri, "postgresql://zhang.wei%40sales:p%3Aw%2Fd%401@db.example.com:6543/crm%20team");
    EXPECT_TRUE(isServerUri(uri));
    EXPECT_EQ(withoutPassword(uri),
              "postgresql://zhang.wei%40sales@db.example.com:6543/crm%20team");
    const auto back = parseServerUri(uri);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->host, a.host);
    EXPECT_EQ(back->port, a.port);
    EXPECT_EQ(back->database, a.database);
    EXPECT_EQ(back->user, a.user);
    EXPECT_EQ(back->password, a.password);
}

TEST(TestServerUri, ASocketFolderGoesInTheQuery) {
    ServerAddress a;
    a.host = "/var/run/postgresql";
    a.database = "crm";
    a.user = "li.na";
    const std::string uri = serverUri(a);
    EXPECT_EQ(uri, "postgresql://li.na@/crm?host=%2Fvar%2Frun%2Fpostgresql&port=5432");
    const auto back = parseServerUri(uri);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->host, "/var/run/postgresql");
    EXPECT_EQ(back->port, 5432);
}

TEST(TestServerUri, WhatIsNotAServerAddressIsNotParsed) {
    EXPECT_FALSE(parseServerUri("/home/li/customers.tessera"));
    EXPECT_FALSE(parseServerUri("postgresql://host/db"));        // no user
    EXPECT_FALSE(parseServerUri("postgresql://u@host:port/db")); // port not a number
    EXPECT_FALSE(parseServerUri("postgresql://u@host:5432/"));   // no database
    EXPECT_FALSE(isServerUri("customers.tessera"));
}
