#include "domain/customers/CustomerService.h"
#include "domain/merge/ContentHash.h"
#include "domain/merge/MergeExample.h"
#include "domain/merge/MergeService.h"
#include "storage/customers/CustomerRepository.h"
#include "storage/merge/CustomerMergeRepository.h"
#include "support/DayFixture.h"

#include <gtest/gtest.h>

namespace tessera::test {
namespace {

using domain::MergeField;
using domain::MergePlan;
using domain::MergeService;

class TestMergeService : public DayFixture {
protected:
    std::int64_t rowsOf(domain::Workspace& ws, const char* table, std::int64_t customer) {
        return count(ws, std::string("SELECT count(*) FROM ") + table +
                             " WHERE customer_id = " + std::to_string(customer));
    }
    std::int64_t audits(domain::Workspace& ws, const std::string& action,
                        const std::string& outcome) {
        return count(ws, "SELECT count(*) FROM audit_log WHERE action = '" + action +
                             "' AND outcome = '" + outcome + "'");
    }
};

TEST_F(TestMergeService, MovesEveryRowKeepsTheAliasAndUndoRestoresTheExactState) {
    auto ws = as("admin");
    MergeExample ex(*ws);
    MergeService merges(*ws);
    // C into B first: B then carries an alias (C-003) that must follow it into A.
    auto first = merges.merge(MergePlan{ex.b, ex.c, {}});
    ASSERT_TRUE(first) << first.error().message;

    std::map<std::string, std::int64_t> before;
    for (const auto& ref : storage::customerReferences())
        before[ref.table] = rowsOf(*ws, ref.table, ex.a) + rowsOf(*ws, ref.table, ex.b);
    const auto hashesBefore = tableHashes(ws->db());
    const std::string hashBefore = contentHash(ws->db());
    auto bView = domain::CustomerService(*ws).open(ex.b);
    ASSERT_TRUE(bView);

    auto preview = merges.preview(ex.a, ex.b);
    ASSERT_TRUE(preview) << preview.error().message;
    auto merged = merges.merge(MergePlan{ex.a, ex.b, {MergeField::Phone, MergeField::IdNumber}});
    ASSERT_TRUE(merged) << merged.error().message;
    ASSERT_EQ(merged->counts.size(), preview->counts.size());
    std::map<std::string, std::int64_t> setAside;
    for (std::size_t i = 0; i < merged->counts.size(); ++i) {
        EXPECT_EQ(merged->counts[i].moved, preview->counts[i].moved) << merged->counts[i].table;
        setAside[merged->counts[i].table] = merged->counts[i].setAside;
    }
    // The clashes: the same tag, a score in the same run, the same override,
    // the same warning, the same campaign.
    EXPECT_EQ(setAside["customer_tags"], 1);
    EXPECT_EQ(setAside["customer_scores"], 1);
    EXPECT_EQ(setAside["standing_overrides"], 1);
    EXPECT_EQ(setAside["warning_states"], 1);
    EXPECT_EQ(setAside["campaign_customers"], 1);
    EXPECT_EQ(setAside["contacts"], 0);

    for (const auto& ref : storage::customerReferences()) {
        EXPECT_EQ(rowsOf(*ws, ref.table, ex.b), 0) << ref.table;
        // customer_aliases also gains B's own code.
        const std::int64_t added = std::string(ref.table) == "customer_aliases" ? 1 : 0;
        EXPECT_EQ(rowsOf(*ws, ref.table, ex.a), before[ref.table] - setAside[ref.table] + added)
            << ref.table;
    }
    EXPECT_EQ(count(*ws, "SELECT count(*) FROM customers WHERE id = " + std::to_string(ex.b)), 0);
    EXPECT_EQ(count(*ws, "SELECT count(*) FROM survey_answers WHERE response_id IN (SELECT id "
                         "FROM survey_responses WHERE customer_id = " +
                             std::to_string(ex.a) + ")"),
              6);
    // A keeps its score in the run both had; the tags are the union.
    EXPECT_EQ(count(*ws, "SELECT count(*) FROM customer_scores WHERE customer_id = " +
                             std::to_string(ex.a) + " AND rfms = 3.5"),
              1);
    EXPECT_EQ(dumpQuery(ws->db(), "SELECT tag FROM customer_tags WHERE customer_id = " +
                                      std::to_string(ex.a) + " ORDER BY tag"),
              "legacy\nnorth\nsouth\nvip\n");

    // The chosen fields: B's phone and ID number, A's name and email.
    auto aView = domain::CustomerService(*ws).open(ex.a);
    ASSERT_TRUE(aView);
    EXPECT_EQ(aView->record.name, "Alpha Trading Co., Ltd.");
    EXPECT_EQ(aView->record.phone, bView->record.phone);
    EXPECT_EQ(aView->record.idNumber, bView->record.idNumber);
    EXPECT_EQ(aView->record.email, "alpha@example.com");
    EXPECT_EQ(aView->record.contacts.size(), 3u);

    // B's code, and the code merged into B before, name A now.
    domain::CustomerService customers(*ws);
    EXPECT_EQ(customers.idForCode("B-002").value(), ex.a);
    EXPECT_EQ(customers.idForCode("C-003").value(), ex.a);
    auto index = storage::CustomerRepository(ws->db(), ws->cipher()).codeIndex();
    ASSERT_TRUE(index);
    EXPECT_EQ(index->find("B-002"), ex.a);
    // The file's search index follows: B's contact finds A, and B has no
    // entry (a server keeps no such index: it reads the names).
    if (!ws->db().isServer()) {
        EXPECT_EQ(dumpQuery(ws->db(), "SELECT rowid FROM customer_search WHERE customer_search "
                                      "MATCH '\"Lindqvist\"'"),
                  std::to_string(ex.a) + "\n");
        EXPECT_EQ(count(*ws, "SELECT count(*) FROM customer_search WHERE rowid = " +
                                 std::to_string(ex.b)),
                  0);
    }
    // A new customer cannot take B's code: the message names the survivor.
    storage::CustomerRecord again;
    again.code = "B-002";
    again.name = "Someone else";
    auto refused = customers.create(again);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::AlreadyExists);
    EXPECT_NE(refused.error().message.find("A-001"), std::string::npos) << refused.error().message;

    // Audited with ids only.
    const std::string detail =
        dumpQuery(ws->db(), "SELECT object_type, object_id, detail FROM audit_log WHERE action = "
                            "'customer.merge' AND object_id = '" +
                                std::to_string(merged->mergeId) + "'");
    EXPECT_NE(detail.find("customer_merge"), std::string::npos);
    EXPECT_EQ(detail.find("Alpha"), std::string::npos);
    EXPECT_EQ(detail.find("139"), std::string::npos);

    ASSERT_TRUE(merges.unmerge(merged->mergeId));
    EXPECT_EQ(tableHashes(ws->db()), hashesBefore);
    EXPECT_EQ(contentHash(ws->db()), hashBefore);
    EXPECT_EQ(audits(*ws, "customer.unmerge", "ok"), 1);
    EXPECT_EQ(customers.idForCode("B-002").value(), ex.b);
    EXPECT_EQ(customers.idForCode("C-003").value(), ex.b);
    // And the first merge can be undone in turn.
    ASSERT_TRUE(merges.unmerge(first->mergeId));
    EXPECT_EQ(customers.idForCode("C-003").value(), ex.c);
}

TEST_F(TestMergeService, UndoIsRefusedOnceTheSurvivorChanged) {
    auto ws = as("admin");
    MergeExample ex(*ws);
    MergeService merges(*ws);
    auto merged = merges.merge(MergePlan{ex.a, ex.b, {}});
    ASSERT_TRUE(merged);
    domain::CustomerService customers(*ws);
    auto a = customers.open(ex.a);
    ASSERT_TRUE(a);
    storage::CustomerRecord edited = a->record;
    edited.industry = "Retail";
    ASSERT_TRUE(customers.update(edited));
    const std::string hash = contentHash(ws->db());
    Status undone = merges.unmerge(merged->mergeId);
    ASSERT_FALSE(undone);
    EXPECT_EQ(undone.error().code, ErrorCode::Conflict);
    EXPECT_NE(undone.error().message.find("changed since"), std::string::npos);
    EXPECT_EQ(contentHash(ws->db()), hash);
}

TEST_F(TestMergeService, SupervisorsMergeOnlyTheirTeamAndRefusalsAreAudited) {
    std::int64_t a = 0, b = 0, d = 0;
    {
        auto admin = as("admin");
        MergeExample ex(*admin);
        // Read by the administrator: a server shows sup2 none of them.
        a = count(*admin, "SELECT id FROM customers WHERE code = 'A-001'");
        b = count(*admin, "SELECT id FROM customers WHERE code = 'B-002'");
        d = count(*admin, "SELECT id FROM customers WHERE code = 'D-004'");
    }
    auto ws = as("sup2");
    const std::string hash = contentHash(ws->db());
    for (const auto& [into, from] : {std::pair{a, b}, std::pair{d, b}}) {
        auto refused = MergeService(*ws).merge(MergePlan{into, from, {}});
        ASSERT_FALSE(refused);
        EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
    }
    EXPECT_EQ(contentHash(ws->db()), hash);
    EXPECT_EQ(audits(*ws, "customer.merge", "refused"), 2);
    // Account managers and analysts may not merge at all.
    for (const char* user : {"am1", "ana"}) {
        auto other = as(user);
        auto refused = MergeService(*other).merge(MergePlan{a, b, {}});
        ASSERT_FALSE(refused);
        EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
    }
    // sup's team holds both A and B.
    auto sup = as("sup");
    auto merged = MergeService(*sup).merge(MergePlan{a, b, {MergeField::Owner}});
    ASSERT_TRUE(merged) << merged.error().message;
    EXPECT_EQ(count(*sup, "SELECT owner_id FROM customers WHERE id = " + std::to_string(a)),
              count(*sup, "SELECT id FROM users WHERE username = 'am2'"));
    // sup2 may not undo it either.
    Status undo = MergeService(*ws).unmerge(merged->mergeId);
    ASSERT_FALSE(undo);
    EXPECT_EQ(undo.error().code, ErrorCode::PermissionDenied);
    EXPECT_TRUE(MergeService(*sup).unmerge(merged->mergeId));
}

TEST_F(TestMergeService, RefusesBadPlansWithClearMessages) {
    auto ws = as("admin");
    MergeExample ex(*ws);
    MergeService merges(*ws);
    auto self = merges.merge(MergePlan{ex.a, ex.a, {}});
    ASSERT_FALSE(self);
    EXPECT_EQ(self.error().code, ErrorCode::InvalidArgument);
    auto missing = merges.merge(MergePlan{ex.a, 999999, {}});
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
    auto fields = MergeService::parseFields("phone, ID-number,colour");
    ASSERT_FALSE(fields);
    EXPECT_NE(fields.error().message.find("colour"), std::string::npos);
    auto parsed = MergeService::parseFields("phone,id_number");
    ASSERT_TRUE(parsed);
    EXPECT_EQ(parsed->size(), 2u);
    Status none = merges.unmerge(424242);
    ASSERT_FALSE(none);
    EXPECT_EQ(none.error().code, ErrorCode::NotFound);
}

} // namespace
} // namespace tessera::test
