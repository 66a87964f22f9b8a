#include "domain/import/ImportService.h"
#include "support/TestSupport.h"

#include <gtest/gtest.h>

using namespace tessera;
using namespace tessera::domain;

TEST(TestCdnowImport, LoadsTheMasterFileWithItsCustomers) {
    test::TempDir dir;
    const std::string db = dir.path("cdnow.tessera");
    test::makeStandardDatabase(db);
    auto ws = test::openAs(db, "admin");
    ImportRequest request;
    request.kind = ImportKind::Transactions;
    request.path = test::dataFile("CDNOW_master.txt");
    request.cdnowFormat = true;
    request.createCustomers = true;
    auto report = ImportService(*ws).run(request);
    ASSERT_TRUE(report.ok()) << report.error().message;
    EXPECT_EQ(report->rowsRead, 69659);
    EXPECT_EQ(report->rowsLoaded, 69659);
    EXPECT_EQ(report->rowsRejected, 0);
    EXPECT_EQ(report->customersCreated, 23570);
}
