// Every role against every domain use case: allowed or refused, and every
// refusal written to the audit log. Each cell runs on a fresh copy of the same
// database, so no cell depends on another.

#include "domain/accessreview/AccessReviewService.h"
#include "domain/admin/MaintenanceService.h"
#include "domain/admin/UserService.h"
#include "domain/campaigns/CampaignService.h"
#include "domain/consent/ConsentService.h"
#include "domain/customers/CustomerService.h"
#include "domain/duplicates/DuplicateFinder.h"
#include "domain/followups/FollowUpService.h"
#include "domain/import/ImportService.h"
#include "domain/interactions/InteractionService.h"
#include "domain/journeymaps/JourneyService.h"
#include "domain/journeymaps/JourneySnapshots.h"
#include "domain/journeys/JourneyEditor.h"
#include "domain/kpi/KpiTargets.h"
#include "domain/merge/MergeService.h"
#include "domain/quality/QualityService.h"
#include "domain/reports/TierReportService.h"
#include "domain/rights/ErasureService.h"
#include "domain/rights/PersonExportService.h"
#include "domain/scoring/ProfileService.h"
#include "domain/scoring/ScoringService.h"
#include "domain/scoring/StandingService.h"
#include "domain/surveys/SurveyService.h"
#include "domain/tickets/TicketService.h"
#include "domain/workspace/AuditService.h"
#include "storage/admin/AuditRepository.h"
#include "support/TestEngine.h"
#include "support/TestSupport.h"

#include <filesystem>
#include <functional>
#include <gtest/gtest.h>

using namespace tessera;
using namespace tessera::domain;

namespace {

constexpr const char* kRoles[] = {"admin", "sup", "am1", "ana"};

struct Ids {
    std::int64_t own = 0;     // owned by am1, in sup's team
    std::int64_t foreign = 0; // owned by am3, in sup2's team
    std::int64_t team = 0;    // owned by am2, in sup's team
    std::int64_t am1 = 0;
    std::int64_t am2 = 0;
    std::int64_t am3 = 0;
};

struct UseCase {
    const char* name;
    std::function<Status(Workspace&, const Ids&, const std::string& folder)> run;
    const char* expected; // one letter per role in kRoles: A allowed, R refused
};

Status ok(const auto& result) {
    return result.ok() ? Status{} : Status{result.error()};
}

InteractionDraft inbound(std::int64_t customer) {
    InteractionDraft d;
    d.customerId = customer;
    d.channel = "wechat";
    d.kind = "message";
    d.direction = "inbound";
    return d;
}

storage::CustomerRecord sample(const std::string& code) {
    storage::CustomerRecord c;
    c.code = code;
    c.name = "Matrix " + code;
    return c;
}

const std::vector<UseCase>& useCases() {
    static const std::vector<UseCase> cases = {
        {"list customers",
         [](Workspace& ws, const Ids&, const std::string&) {
             return ok(CustomerService(ws).queryIds({}));
         },
         "AAAA"},
        {"open own customer",
         [](Workspace& ws, const Ids& i, const std::string&) {
             return ok(CustomerService(ws).open(i.own));
         },
         "AAAA"},
        {"open another team's customer",
         [](Workspace& ws, const Ids& i, const std::string&) {
             return ok(CustomerService(ws).open(i.foreign));
         },
         "ARRA"},
        {"timeline of another team's customer",
         [](Workspace& ws, const Ids& i, const std::string&) {
             return ok(CustomerService(ws).timeline(i.foreign));
         },
         "ARRA"},
        {"edit own customer",
         [](Workspace& ws, const Ids& i, const std::string&) {
             auto admin = CustomerService(ws);
             storage::CustomerRecord c = sample("OWN");
             c.id = i.own;
             c.ownerId = i.am1;
             c.version = 1;
             return admin.update(c);
         },
         "ARAR"},
        {"edit another team's customer",
         [](Workspace& ws, const Ids& i, const std::string&) {
             storage::CustomerRecord c = sample("FOREIGN");
             c.id = i.foreign;
             c.version = 1;
             return CustomerService(ws).update(c);
         },
         "ARRR"},
        {"archive own customer",
         [](Workspace& ws, const Ids& i, const std::string&) {
             return CustomerService(ws).setArchived(i.own, true);
         },
         "ARAR"},
        {"create a customer",
         [](Workspace& ws, const Ids&, const std::string&) {
             return ok(CustomerService(ws).create(sample("NEW")));
         },
         "ARAR"},
        {"reassign within the team",
         [](Workspace& ws, const Ids& i, const std::string&) {
             return CustomerService(ws).reassign(i.own, i.am2);
         },
         "AARR"},
        {"reassign another team's customer",
         [](Workspace& ws, const Ids& i, const std::string&) {
             return CustomerService(ws).reassign(i.foreign, i.am1);
         },
         "ARRR"},
        {"export customers",
         [](Workspace& ws, const Ids&, const std::string& f) {
             // Personal data leaves only after the password is confirmed again.
             const bool admin = ws.session().username == "admin";
             (void)ws.confirmIdentity(admin ? test::kAdminPassword : test::kUserPassword);
             return ok(CustomerService(ws).exportCsv({}, f + "/export.csv"));
         },
         "AAAA"},
        {"export a tier report",
         [](Workspace& ws, const Ids&, const std::string& f) {
             const bool admin = ws.session().username == "admin";
             (void)ws.confirmIdentity(admin ? test::kAdminPassword : test::kUserPassword);
             return ok(TierReportService(ws).exportReport({}, "csv", f + "/tiers.csv"));
         },
         "AARA"},
        {"import",
         [](Workspace& ws, const Ids&, const std::string&) {
             ImportRequest r;
             r.kind = ImportKind::Customers;
             r.path = test::dataFile("import_customers_gbk.csv");
             return ok(ImportService(ws).run(r));
         },
         "ARRA"},
        {"add a user",
         [](Workspace& ws, const Ids&, const std::string&) {
             return ok(UserService(ws).add({"newbie", "N", Role::Analyst, "", "password-123"}));
         },
         "ARRR"},
        {"set another user's password",
         [](Workspace& ws, const Ids&, const std::string&) {
             return UserService(ws).changePassword("am2", "password-123", std::nullopt);
         },
         "ARRR"},
        {"list users",
         [](Workspace& ws, const Ids&, const std::string&) { return ok(UserService(ws).list()); },
         "ARRR"},
        {"disable a user",
         [](Workspace& ws, const Ids&, const std::string&) {
             return UserService(ws).setActive("am2", false);
         },
         "ARRR"},
        {"remove a user",
         [](Workspace& ws, const Ids&, const std::string&) {
             return UserService(ws).remove("am2");
         },
         "ARRR"},
        {"run scoring",
         [](Workspace& ws, const Ids&, const std::string&) {
             return ok(ScoringService(ws).run({}));
         },
         "ARRA"},
        {"fit lifetime value",
         [](Workspace& ws, const Ids&, const std::string&) {
             return ok(ScoringService(ws).fitLifetimeValue(20000, {}));
         },
         "ARRA"},
        {"edit the scoring profile",
         [](Workspace& ws, const Ids&, const std::string&) {
             return ok(ProfileService(ws).edit({"tiers.lambda=0.5"}, "matrix"));
         },
         "ARRA"},
        {"read scores of another team's customer",
         [](Workspace& ws, const Ids& i, const std::string&) {
             return ok(ScoringService(ws).history(i.foreign));
         },
         "ARRA"},
        {"read the audit log",
         [](Workspace& ws, const Ids&, const std::string&) {
             return ok(AuditService(ws).list({}));
         },
         "ARRR"},
        {"verify the audit log",
         [](Workspace& ws, const Ids&, const std::string&) {
             return ok(AuditService(ws).verify());
         },
         "ARRR"},
        {"back up",
         [](Workspace& ws, const Ids&, const std::string& f) {
             return ok(MaintenanceService(ws).backup(f + "/b.tessera"));
         },
         "ARRR"},
        {"check the database",
         [](Workspace& ws, const Ids&, const std::string&) {
             return ok(MaintenanceService(ws).check());
         },
         "ARRR"},
        {"rotate the data key",
         [](Workspace& ws, const Ids&, const std::string&) {
             return ok(MaintenanceService(ws).rotateDataKey());
         },
         "ARRR"},
        {"log an interaction with own customer",
         [](Workspace& ws, const Ids& i, const std::string&) {
             return ok(InteractionService(ws).add(inbound(i.own)));
         },
         "AAAR"},
        {"log an interaction with another team's customer",
         [](Workspace& ws, const Ids& i, const std::string&) {
             return ok(InteractionService(ws).add(inbound(i.foreign)));
         },
         "ARRR"},
        {"withdraw own customer's consent",
         [](Workspace& ws, const Ids& i, const std::string&) {
             return ConsentService(ws).withdraw(i.own, "all", "matrix");
         },
         "AAAR"},
        {"open a ticket for own customer",
         [](Workspace& ws, const Ids& i, const std::string&) {
             return ok(TicketService(ws).open(
                 {i.own, "other", "72h", "Matrix", {}, {}, {}, false, {}, {}}));
         },
         "AAAR"},
        {"list tickets",
         [](Workspace& ws, const Ids&, const std::string&) {
             return ok(TicketService(ws).list({}));
         },
         "AAAA"},
        {"set up a follow-up for own customer",
         [](Workspace& ws, const Ids& i, const std::string&) {
             const std::int32_t tomorrow = ws.calendar().dayOf(ws.nowMs()) + 1;
             return ok(FollowUpService(ws).add({i.own, tomorrow, "Matrix", std::nullopt}));
         },
         "AAAR"},
        {"override own customer's health",
         [](Workspace& ws, const Ids& i, const std::string&) {
             const std::int32_t until = ws.calendar().dayOf(ws.nowMs()) + 10;
             return StandingService(ws).setOverride(i.own, "health", "50", "Matrix", until);
         },
         "AAAR"},
        {"enter a survey for own customer",
         [](Workspace& ws, const Ids& i, const std::string&) {
             SurveyDraft d;
             d.customerId = i.own;
             d.nps = 9;
             return ok(SurveyService(ws).add(d));
         },
         "AAAR"},
        {"KPIs of everyone in scope",
         [](Workspace& ws, const Ids&, const std::string&) {
             KpiRequest r;
             r.period = *KpiPeriod::parse("2026Q2");
             return ok(KpiService(ws).compute(r));
         },
         "AAAA"},
        {"KPIs of another team's account manager",
         [](Workspace& ws, const Ids& i, const std::string&) {
             KpiRequest r;
             r.period = *KpiPeriod::parse("2026Q2");
             r.owner = i.am3;
             return ok(KpiService(ws).compute(r));
         },
         "ARRA"},
        {"add a campaign for own customer",
         [](Workspace& ws, const Ids&, const std::string&) {
             CampaignDraft d;
             d.name = "Matrix";
             d.startDay = d.endDay = ws.calendar().dayOf(ws.nowMs());
             d.targetKind = "customers";
             d.customerCodes = {"A1"};
             return ok(CampaignService(ws).add(d));
         },
         "AARR"},
        {"list campaigns",
         [](Workspace& ws, const Ids&, const std::string&) {
             return ok(CampaignService(ws).list());
         },
         "AARA"},
        {"set a KPI target",
         [](Workspace& ws, const Ids&, const std::string&) {
             return KpiTargets(ws).set("nps", *KpiPeriod::parse("2026Q2"), 30);
         },
         "AARR"},
        {"journey map of everyone in scope",
         [](Workspace& ws, const Ids&, const std::string&) {
             JourneyRequest r;
             r.period = *KpiPeriod::parse("2026Q2");
             return ok(JourneyService(ws).compute(r));
         },
         "AAAA"},
        {"journey map of another team's account manager",
         [](Workspace& ws, const Ids& i, const std::string&) {
             JourneyRequest r;
             r.period = *KpiPeriod::parse("2026Q2");
             r.owner = i.am3;
             return ok(JourneyService(ws).compute(r));
         },
         "ARRA"},
        {"another team's customer's journey",
         [](Workspace& ws, const Ids& i, const std::string&) {
             return ok(JourneyService(ws).customerJourney(i.foreign));
         },
         "ARRA"},
        {"add a journey stage",
         [](Workspace& ws, const Ids&, const std::string&) {
             return ok(JourneyEditor(ws).addStage("Matrix"));
         },
         "AARR"},
        {"save a journey snapshot",
         [](Workspace& ws, const Ids&, const std::string&) {
             JourneyMap map;
             map.period = "2026Q2";
             return ok(JourneySnapshots(ws).save(map, "Matrix"));
         },
         "AAAA"},
        {"data quality figures",
         [](Workspace& ws, const Ids&, const std::string&) {
             return ok(QualityService(ws).compute({}));
         },
         "AARA"},
        {"list duplicate customers",
         [](Workspace& ws, const Ids&, const std::string&) {
             return ok(DuplicateFinder(ws).find());
         },
         "AARA"},
        {"merge within the team",
         [](Workspace& ws, const Ids& i, const std::string&) {
             return ok(MergeService(ws).merge({i.own, i.team, {}}));
         },
         "AARR"},
        {"merge another team's customer",
         [](Workspace& ws, const Ids& i, const std::string&) {
             return ok(MergeService(ws).merge({i.own, i.foreign, {}}));
         },
         "ARRR"},
        {"export a person's data",
         [](Workspace& ws, const Ids& i, const std::string& f) {
             const bool admin = ws.session().username == "admin";
             (void)ws.confirmIdentity(admin ? test::kAdminPassword : test::kUserPassword);
             return ok(PersonExportService(ws).exportPerson(i.own, f + "/person.json"));
         },
         "ARRR"},
        {"erase a person's data",
         [](Workspace& ws, const Ids& i, const std::string&) {
             const bool admin = ws.session().username == "admin";
             (void)ws.confirmIdentity(admin ? test::kAdminPassword : test::kUserPassword);
             return ok(ErasureService(ws).erase(i.own, "matrix"));
         },
         "ARRR"},
        {"review access to personal data",
         [](Workspace& ws, const Ids&, const std::string&) {
             const std::int32_t today = ws.calendar().dayOf(ws.nowMs());
             return ok(AccessReviewService(ws).review(today - 30, today));
         },
         "ARRR"},
    };
    return cases;
}

class TestPermissionMatrix : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        folder = std::make_unique<test::TempDir>();
        base = folder->path("matrix.tessera");
        test::makeStandardDatabase(base);
        auto admin = test::openAs(base, "admin");
        UserService users(*admin);
        ids.am1 = users.idOf("am1").value();
        ids.am2 = users.idOf("am2").value();
        ids.am3 = users.idOf("am3").value();
        CustomerService customers(*admin);
        auto own = sample("A1");
        own.ownerId = ids.am1;
        ids.own = customers.create(own).value();
        auto foreign = sample("A3");
        foreign.ownerId = users.idOf("am3").value();
        ids.foreign = customers.create(foreign).value();
        auto team = sample("A2");
        team.ownerId = ids.am2;
        ids.team = customers.create(team).value();
        ImportRequest tx;
        tx.kind = ImportKind::Transactions;
        tx.path = test::dataFile("CDNOW_sample.txt");
        tx.cdnowFormat = true;
        tx.createCustomers = true;
        ASSERT_TRUE(ImportService(*admin).run(tx).ok());
        ASSERT_TRUE(ScoringService(*admin).run({}).ok()); // for the tier report
    }
    static void TearDownTestSuite() { folder.reset(); }

    static inline std::unique_ptr<test::TempDir> folder;
    static inline std::string base;
    static inline Ids ids;
};

} // namespace

TEST_F(TestPermissionMatrix, EveryRoleGetsExactlyItsUseCasesAndRefusalsAreAudited) {
    int cell = 0;
    for (const UseCase& useCase : useCases()) {
        // A server is backed up and checked with PostgreSQL's own tools:
        // Tessera refuses both there for every role (TestServerWorkspace).
        const std::string name = useCase.name;
        if (test::standardDatabasesOnServer() &&
            (name == "back up" || name == "check the database"))
            continue;
        for (std::size_t r = 0; r < std::size(kRoles); ++r) {
            const std::string role = kRoles[r];
            const std::string path = folder->path("cell" + std::to_string(++cell) + ".tessera");
            test::copyDatabase(base, path);
            const std::string scratch = folder->path("scratch" + std::to_string(cell));
            std::filesystem::create_directory(scratch);
            auto ws = test::openAs(path, role);
            const Status result = useCase.run(*ws, ids, scratch);
            const bool allowed = useCase.expected[r] == 'A';
            SCOPED_TRACE(std::string(useCase.name) + " as " + role);
            if (allowed) {
                EXPECT_TRUE(result.ok()) << result.error().message;
                continue;
            }
            ASSERT_FALSE(result.ok());
            EXPECT_EQ(result.error().code, ErrorCode::PermissionDenied) << result.error().message;
            storage::AuditFilter refused;
            auto rows = storage::AuditRepository(ws->db()).list(refused).value();
            EXPECT_TRUE(std::any_of(rows.begin(), rows.end(), [&](const auto& row) {
                return row.username == role && row.outcome == "refused";
            })) << "the refusal was not audited";
        }
    }
}
