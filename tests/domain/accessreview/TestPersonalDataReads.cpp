// Which audit rows the access review counts as reads of personal data, and
// how many records an export's detail says it wrote.

#include "domain/accessreview/PersonalDataReads.h"

#include <gtest/gtest.h>

using namespace tessera;
using namespace tessera::domain;
using Kind = PersonalDataRead::Kind;

namespace {

PersonalDataRead classify(std::string_view action, std::string_view detail = {},
                          std::string_view outcome = "ok", std::string_view objectType = "customer",
                          std::string_view objectId = "42") {
    storage::AccessEvent e;
    e.action = action;
    e.detail = detail;
    e.outcome = outcome;
    e.objectType = objectType;
    e.objectId = objectId;
    return PersonalDataReads::classify(e);
}

} // namespace

TEST(TestPersonalDataReads, AnUnmaskedOpenOrPersonExportIsOneRecordOfItsCustomer) {
    for (const char* action : {"customer.read_personal", "customer.export_person"}) {
        const auto read = classify(action, "A-001");
        EXPECT_EQ(read.kind, Kind::Record) << action;
        EXPECT_EQ(read.records, 1) << action;
        EXPECT_EQ(read.customerId, "42") << action;
    }
}

TEST(TestPersonalDataReads, AnExportCountsTheRowsItsDetailNames) {
    auto csv = classify("customer.export", "120 customers", "ok", "export", "/tmp/x.csv");
    EXPECT_EQ(csv.kind, Kind::Export);
    EXPECT_EQ(csv.records, 120);
    EXPECT_TRUE(csv.customerId.empty());
    auto report = classify("report.export",
                           "tier report, xlsx, run 3 compared with run 2, 57 "
                           "customers",
                           "ok", "report", "/tmp/r.xlsx");
    EXPECT_EQ(report.kind, Kind::Export);
    EXPECT_EQ(report.records, 57);
    // A detail without a count still read at least one record.
    EXPECT_EQ(classify("customer.export", "", "ok", "export").records, 1);
}

TEST(TestPersonalDataReads, MaskedReadsAreNotReadsOfPersonalData) {
    EXPECT_EQ(classify("customer.export", "120 customers (masked)").kind, Kind::None);
    EXPECT_EQ(classify("report.export", "tier report, csv, run 3, 9 customers (masked)").kind,
              Kind::None);
    EXPECT_EQ(classify("customer.read", "A-001").kind, Kind::None);
    EXPECT_EQ(classify("customer.list").kind, Kind::None);
}

TEST(TestPersonalDataReads, RefusedAttemptsAreCountedApartAndFailuresNotAtAll) {
    for (const char* action : {"customer.read", "customer.read_personal", "customer.export",
                               "report.export", "customer.list", "customer.export_person"})
        EXPECT_EQ(classify(action, "not yours", "refused").kind, Kind::Refused) << action;
    EXPECT_EQ(classify("customer.read_personal", "", "failed").kind, Kind::None);
}

TEST(TestPersonalDataReads, ExportedRecordsReadsOnlyACountBeforeCustomers) {
    EXPECT_EQ(PersonalDataReads::exportedRecords("1 customers"), 1);
    EXPECT_EQ(PersonalDataReads::exportedRecords("0 customers (masked)"), 0);
    EXPECT_EQ(PersonalDataReads::exportedRecords("customers"), std::nullopt);
    EXPECT_EQ(PersonalDataReads::exportedRecords("run 3"), std::nullopt);
    EXPECT_EQ(PersonalDataReads::exportedRecords("99999999999999999999999 customers"),
              std::nullopt);
}

TEST(TestPersonalDataReads, TheReviewFetchesEveryActionItClassifies) {
    const auto& actions = PersonalDataReads::actions();
    for (const char* action :
         {"customer.read_personal", "customer.export_person", "customer.export", "report.export",
          "customer.read", "customer.list"})
        EXPECT_NE(std::find(actions.begin(), actions.end(), action), actions.end()) << action;
}
