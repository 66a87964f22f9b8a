#include "domain/admin/MaintenanceService.h"
#include "domain/rights/ErasureService.h"
#include "rights/RightsFixture.h"
#include "support/TestSupport.h"

#include <gtest/gtest.h>

using namespace tessera;
using namespace tessera::domain;

namespace {

class TestErasureService : public test::RightsFixture {
protected:
    // Signs in as the administrator with the password confirmed.
    std::unique_ptr<Workspace> confirmedAdmin() {
        auto ws = as("admin");
        check(ws->confirmIdentity(test::kAdminPassword));
        return ws;
    }

    std::string dump(Workspace& ws, std::int64_t id) {
        const std::string c = std::to_string(id);
        return test::dumpQuery(ws.db(), "SELECT name, phone, email, archived FROM customers "
                                        "WHERE id = " +
                                            c) +
               test::dumpQuery(ws.db(), "SELECT count(*) FROM contacts WHERE customer_id = " + c) +
               test::dumpQuery(ws.db(), "SELECT count(*) FROM erasures");
    }
};

} // namespace

TEST_F(TestErasureService, NoErasedValueRemainsInTheFileOrItsWal) {
    const std::int64_t id = plantPerson();
    {
        auto ws = as("admin");
        // Before: the plain-text columns are there to be found (the search works);
        // the encrypted ones are not.
        const auto before = valuesFound();
        for (const char* plain : {kName, kContactName, kTicketSubject, kFollowUpNote})
            EXPECT_NE(std::find(before.begin(), before.end(), plain), before.end()) << plain;
        EXPECT_EQ(std::find(before.begin(), before.end(), kEmail), before.end());

        check(ws->confirmIdentity(test::kAdminPassword));
        const auto report = value(ErasureService(*ws).erase(id, "request of 2026-06-28"));
        EXPECT_TRUE(report.walTruncated);
        EXPECT_EQ(report.pseudonym, "ERASED-" + std::to_string(id));
        // While the workspace is still open (its WAL in place) ...
        EXPECT_EQ(valuesFound(), std::vector<std::string>{});
    }
    // ... and once it is closed.
    EXPECT_EQ(valuesFound(), std::vector<std::string>{});
    auto ws = as("admin");
    EXPECT_EQ(count(*ws, "SELECT count(*) FROM customer_search WHERE customer_search MATCH "
                         "'Quartermaine'"),
              0);
}

TEST_F(TestErasureService, AnonymousFactsStayUnderThePseudonym) {
    const std::int64_t id = plantPerson();
    const std::string c = std::to_string(id);
    auto ws = confirmedAdmin();
    // What stays: the kind, day and figures of every row about the person.
    const auto facts = [&] {
        std::string all;
        for (const char* sql :
             {"SELECT day, id, amount_cents, quantity FROM transactions",
              "SELECT day, channel, kind, direction FROM interactions",
              "SELECT day, nps FROM survey_responses", "SELECT count(*) FROM survey_answers",
              "SELECT category, status FROM tickets", "SELECT channel, given FROM consent_events",
              "SELECT tag FROM customer_tags"})
            all += test::dumpQuery(ws->db(), sql);
        return all;
    };
    const std::string before = facts();
    const auto report = value(ErasureService(*ws).erase(id, "  request of 2026-06-28 "));

    EXPECT_EQ(facts(), before);
    EXPECT_NE(before.find("123456"), std::string::npos);
    EXPECT_EQ(count(*ws, "SELECT count(*) FROM customers WHERE id = " + c + " AND name = 'ERASED-" +
                             c +
                             "' AND name_key = '' AND archived = 1 AND code = 'RIGHTS-1' AND "
                             "coalesce(phone, email, id_number, address, notes, phone_hash, "
                             "email_hash, id_number_hash) IS NULL"),
              1);
    EXPECT_EQ(count(*ws, "SELECT count(*) FROM contacts"), 0);
    EXPECT_EQ(
        count(*ws, "SELECT count(*) FROM interactions WHERE notes IS NOT NULL OR outcome <> ''"),
        0);
    EXPECT_EQ(count(*ws, "SELECT count(*) FROM survey_responses WHERE comment IS NOT NULL"), 0);
    EXPECT_EQ(
        count(*ws, "SELECT count(*) FROM tickets WHERE description IS NOT NULL OR subject <> ''"),
        0);
    EXPECT_EQ(count(*ws, "SELECT count(*) FROM follow_ups WHERE note <> ''"), 0);
    // The register names who, when and why; the audit row ids only.
    EXPECT_EQ(test::dumpQuery(ws->db(), "SELECT id, customer_id, erased_by, erased_at, reason "
                                        "FROM erasures"),
              test::dumpQuery(ws->db(), "SELECT " + std::to_string(report.erasureId) + ", " + c +
                                            ", " + std::to_string(ws->session().userId) + ", " +
                                            std::to_string(ws->nowMs()) +
                                            ", 'request of 2026-06-28'"));
    EXPECT_EQ(test::dumpQuery(ws->db(), "SELECT object_type, object_id, detail, outcome FROM "
                                        "audit_log WHERE action = 'customer.erase'"),
              test::dumpQuery(ws->db(), "SELECT 'customer', '" + c + "', 'erasure " +
                                            std::to_string(report.erasureId) + "', 'ok'"));
}

TEST_F(TestErasureService, OnlyAdministratorsMayEraseAndRefusalsAreAudited) {
    const std::int64_t id = plantPerson();
    for (const char* user : {"am1", "sup", "ana"}) {
        auto ws = as(user);
        check(ws->confirmIdentity(test::kUserPassword));
        // Read by the administrator: on a server only they read every table.
        const std::string before = dump(*as("admin"), id);
        auto erased = ErasureService(*ws).erase(id, "request");
        ASSERT_FALSE(erased.ok()) << user;
        EXPECT_EQ(erased.error().code, ErrorCode::PermissionDenied) << user;
        EXPECT_EQ(dump(*as("admin"), id), before) << user;
        EXPECT_EQ(count(*ws, "SELECT count(*) FROM audit_log WHERE action = 'customer.erase' AND "
                             "outcome = 'refused' AND username = '" +
                                 std::string(user) + "' AND object_id = '" + std::to_string(id) +
                                 "'"),
                  1)
            << user;
    }
}

TEST_F(TestErasureService, WithoutTheConfirmedPasswordNothingChanges) {
    const std::int64_t id = plantPerson();
    auto ws = as("admin");
    const std::string before = dump(*ws, id);
    auto erased = ErasureService(*ws).erase(id, "request");
    ASSERT_FALSE(erased.ok());
    EXPECT_EQ(erased.error().code, ErrorCode::AuthenticationFailed);
    EXPECT_EQ(dump(*ws, id), before);
    EXPECT_EQ(count(*ws, "SELECT count(*) FROM audit_log WHERE action = 'customer.erase' AND "
                         "outcome = 'refused'"),
              1);
}

TEST_F(TestErasureService, AnEmptyReasonLeavesTheFileAsItWas) {
    const std::int64_t id = plantPerson();
    as("admin"); // the checkpoint on close puts everything in the file
    const std::string before = test::databaseFingerprint(path);
    {
        auto ws = quietly("admin");
        check(ws->confirmIdentity(test::kAdminPassword));
        for (const char* reason : {"", "   \t "}) {
            auto erased = ErasureService(*ws).erase(id, reason);
            ASSERT_FALSE(erased.ok());
            EXPECT_EQ(erased.error().code, ErrorCode::InvalidArgument);
            EXPECT_NE(erased.error().message.find("reason"), std::string::npos);
        }
        auto erased = ErasureService(*ws).erase(id, std::string(501, 'x'));
        ASSERT_FALSE(erased.ok());
        EXPECT_EQ(erased.error().code, ErrorCode::InvalidArgument);
    }
    EXPECT_EQ(test::databaseFingerprint(path), before);
}

TEST_F(TestErasureService, ASecondErasureIsRefused) {
    const std::int64_t id = plantPerson();
    auto ws = confirmedAdmin();
    value(ErasureService(*ws).erase(id, "request"));
    auto again = ErasureService(*ws).erase(id, "request");
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::Conflict);
    EXPECT_EQ(count(*ws, "SELECT count(*) FROM erasures"), 1);
}

TEST_F(TestErasureService, MergeJournalsHoldingThePersonGoWithTheirAliases) {
    const std::int64_t id = plantPerson();
    auto ws = confirmedAdmin();
    const std::int64_t other = customer(*ws, "OTHER", "am2");
    const std::string c = std::to_string(id);
    // Two merges into the person (one of a customer merged into a customer that
    // was merged into them) and one between two other customers.
    check(ws->db().exec(
        "INSERT INTO customer_merges (id, into_id, from_id, from_code, merged_at, journal) VALUES "
        "(1, " +
        c +
        ", 9001, 'OLD-1', 0, x'01'), (2, 9001, 9002, 'OLD-2', 0, x'02'), "
        "(3, " +
        std::to_string(other) +
        ", 9003, 'OLD-3', 0, x'03');"
        "INSERT INTO customer_aliases (code, customer_id, merge_id) VALUES "
        "('OLD-1', " +
        c + ", 1), ('OLD-2', " + c + ", 2), ('OLD-3', " + std::to_string(other) + ", 3)"));
    value(ErasureService(*ws).erase(id, "request"));
    EXPECT_EQ(test::dumpQuery(ws->db(), "SELECT id FROM customer_merges"), "3\n");
    EXPECT_EQ(test::dumpQuery(ws->db(), "SELECT code FROM customer_aliases"), "OLD-3\n");
}

TEST_F(TestErasureService, BackupsMadeBeforeTheErasureStillHoldThePerson) {
    const std::int64_t id = plantPerson();
    auto ws = confirmedAdmin();
    const auto before = value(MaintenanceService(*ws).backup(dir.path("before.tessera")));
    value(ErasureService(*ws).erase(id, "request"));
    const auto after = value(MaintenanceService(*ws).backup(dir.path("after.tessera")));
    EXPECT_EQ(value(ErasureService(*ws).backupsHolding({before.path, after.path})),
              (std::vector<std::int64_t>{1, 0}));
    EXPECT_EQ(value(ErasureService(*ws).backupsHolding({dir.path("missing.tessera")})),
              std::vector<std::int64_t>{-1});
    auto manager = as("am1");
    EXPECT_FALSE(ErasureService(*manager).backupsHolding({before.path}).ok());
}
