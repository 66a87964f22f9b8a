// Completeness figures on a database planted with known gaps: every figure
// equals a direct SQL count (written here independently of the repository's
// conditions) and the count worked out by hand below; the goals come from
// the profile; supervisors see their team only, account managers are
// refused and audited, analysts see persons' names masked; the incomplete
// lists name exactly the customers lacking a field.
//
//   am1 (10): A01 complete; A02 industry ''; A03 industry '  ', region '';
//     A04 no phone or email (a contact without either); A05 only a contact's
//     email; A06 no consent; A07 unsubscribed; A08 a consent event only;
//     A09 no tags; A10 (person "Zhang Wei") no tags, channel ''.
//   am2 (4): B01 complete; B02 no tags, industry ''; B03 (person "Li Na")
//     no phone or email, no consent; B04 (id 300000) region ''.
//   am3 (2): C01 complete; C02 no tags.
//   unassigned (3): U01; U02 industry ''; U03 no tags.
//   X01: am1's, archived, missing everything: never counted.
//   19 customers: industry 15, region 17, channel 18, owner 16, phone or
//   email 17, consent 17, tags 14; name and type 19.

#include "domain/quality/QualityService.h"
#include "domain/records/CustomerRules.h"
#include "domain/scoring/ProfileService.h"
#include "support/DayFixture.h"
#include "support/QualityCounts.h"

#include <atomic>

using namespace tessera;
using namespace tessera::domain;

namespace {

struct Planted {
    std::string code;
    std::string owner; // empty: none
    std::string name = "Company";
    std::string kind = "company";
    std::string industry = "Retail";
    std::string region = "East";
    std::string channel = "web";
    bool phone = true;
    bool contactEmail = false;
    bool contactWithout = false; // a contact with neither phone nor email
    std::string consent = "email";
    bool unsubscribed = false;
    bool consentEvent = false;
    bool tagged = true;
    bool archived = false;
    std::int64_t id = 0; // 0: the next one
};

class TestQualityService : public test::DayFixture {
protected:
    void SetUp() override {
        DayFixture::SetUp();
        auto ws = as("admin");
        for (Planted p : plan())
            plant(*ws, p);
    }

    static std::vector<Planted> plan() {
        std::vector<Planted> p;
        auto add = [&](const std::string& code, const std::string& owner) -> Planted& {
            p.push_back(Planted{code, owner});
            return p.back();
        };
        add("A01", "am1");
        add("A02", "am1").industry = "";
        auto& a03 = add("A03", "am1");
        a03.industry = "  ";
        a03.region = "";
        auto& a04 = add("A04", "am1");
        a04.phone = false;
        a04.contactWithout = true;
        auto& a05 = add("A05", "am1");
        a05.phone = false;
        a05.contactEmail = true;
        add("A06", "am1").consent = "";
        auto& a07 = add("A07", "am1");
        a07.consent = "";
        a07.unsubscribed = true;
        auto& a08 = add("A08", "am1");
        a08.consent = "";
        a08.consentEvent = true;
        add("A09", "am1").tagged = false;
        auto& a10 = add("A10", "am1");
        a10.name = "Zhang Wei";
        a10.kind = "person";
        a10.tagged = false;
        a10.channel = "";
        add("B01", "am2");
        auto& b02 = add("B02", "am2");
        b02.tagged = false;
        b02.industry = "";
        auto& b03 = add("B03", "am2");
        b03.name = "Li Na";
        b03.kind = "person";
        b03.phone = false;
        b03.consent = "";
        auto& b04 = add("B04", "am2");
        b04.region = "";
        b04.id = 300000; // the count then takes several id ranges
        add("C01", "am3");
        add("C02", "am3").tagged = false;
        add("U01", "");
        add("U02", "").industry = "";
        add("U03", "").tagged = false;
        auto& x01 = add("X01", "am1");
        x01.archived = true;
        x01.industry = x01.region = x01.channel = x01.consent = "";
        x01.phone = x01.tagged = false;
        return p;
    }

    void plant(Workspace& ws, const Planted& p) {
        auto stmt = ws.db().prepare(
            "INSERT INTO customers (id, code, name, kind, industry, region, channel, owner_id, "
            "consent_channels, unsubscribed, phone, archived, created_at, updated_at) VALUES "
            "(?1, ?2, ?3, ?4, ?5, ?6, ?7, (SELECT id FROM users WHERE username = ?8), ?9, ?10, "
            "CASE WHEN ?11 = 1 THEN ?13 END, ?12, 0, 0)");
        ASSERT_TRUE(stmt.ok());
        if (p.id)
            stmt->bind(1, p.id);
        else
            stmt->bindNull(1);
        stmt->bind(2, p.code).bind(3, p.name).bind(4, p.kind).bind(5, p.industry);
        stmt->bind(6, p.region).bind(7, p.channel).bind(8, p.owner).bind(9, p.consent);
        stmt->bind(10, p.unsubscribed ? 1 : 0).bind(11, p.phone ? 1 : 0);
        stmt->bind(12, p.archived ? 1 : 0);
        const std::uint8_t phone[] = {1, 2};
        stmt->bindBlob(13, phone);
        ASSERT_TRUE(stmt->run().ok()) << p.code;
        // A server's lastval() knows only ids its sequence gave.
        const std::int64_t id = p.id ? p.id : ws.db().lastInsertRowId();
        const std::string cid = std::to_string(id);
        if (p.contactEmail) {
            auto contact =
                ws.db().prepare("INSERT INTO contacts (customer_id, name, email) VALUES (?, ?, ?)");
            ASSERT_TRUE(contact.ok());
            const std::uint8_t email[] = {3, 4};
            contact->bind(1, id).bind(2, "Contact").bindBlob(3, email);
            ASSERT_TRUE(contact->run().ok()) << p.code;
        }
        if (p.contactWithout)
            exec(ws, "INSERT INTO contacts (customer_id, name) VALUES (" + cid + ", 'Contact')");
        if (p.consentEvent)
            exec(ws, "INSERT INTO consent_events (customer_id, channel, given, at) VALUES (" + cid +
                         ", 'email', 0, 0)");
        if (p.tagged)
            exec(ws, "INSERT INTO customer_tags (customer_id, tag) VALUES (" + cid + ", 'vip')");
    }

    static void exec(Workspace& ws, const std::string& sql) {
        ASSERT_TRUE(ws.db().exec(sql).ok()) << sql;
    }

    std::int64_t direct(Workspace& ws, const std::string& key, const std::string& owner = {}) {
        return test::directQualityCount(ws.db(), key, owner);
    }

    static const FieldFigure& figure(const QualityFigures& f, const std::string& key) {
        return f.figure(*QualityService::fieldByKey(key));
    }

    static const OwnerQuality* owner(const QualityReport& r, const std::string& username) {
        for (const auto& o : r.byOwner)
            if (o.username == username && (!username.empty() || !o.ownerId))
                return &o;
        return nullptr;
    }

    static std::vector<std::string> codes(const std::vector<IncompleteCustomer>& rows) {
        std::vector<std::string> out;
        for (const auto& r : rows)
            out.push_back(r.code);
        return out;
    }

    std::int64_t userId(Workspace& ws, const std::string& name) {
        return count(ws, "SELECT id FROM users WHERE username = '" + name + "'");
    }
};

TEST_F(TestQualityService, EveryFigureEqualsTheDirectCountAndTheHandCount) {
    auto ws = as("admin");
    auto report = QualityService(*ws).compute({});
    ASSERT_TRUE(report.ok()) << report.error().message;
    EXPECT_EQ(report->overall.customers, 19);
    EXPECT_EQ(report->overall.customers, direct(*ws, {}));
    const std::map<std::string, std::int64_t> byHand = {
        {"name", 19},  {"type", 19}, {"industry", 15},       {"region", 17}, {"channel", 18},
        {"owner", 16}, {"tags", 14}, {"phone_or_email", 17}, {"consent", 17}};
    for (const auto& [key, missing] : test::qualityMissingConditions()) {
        const FieldFigure& f = figure(report->overall, key);
        EXPECT_EQ(f.filled, direct(*ws, key)) << key;
        EXPECT_EQ(f.filled, byHand.at(key)) << key;
        EXPECT_EQ(f.missing, 19 - f.filled) << key;
        EXPECT_DOUBLE_EQ(*f.share, static_cast<double>(f.filled) / 19.0) << key;
        for (const char* user : {"am1", "am2", "am3"}) {
            const OwnerQuality* o = owner(*report, user);
            ASSERT_NE(o, nullptr) << user;
            EXPECT_EQ(o->figures.customers, direct(*ws, {}, user)) << user;
            EXPECT_EQ(figure(o->figures, key).filled, direct(*ws, key, user)) << key << " " << user;
        }
        // The unassigned row, and the rows adding up to the whole.
        const OwnerQuality* none = owner(*report, "");
        ASSERT_NE(none, nullptr);
        EXPECT_EQ(figure(none->figures, key).filled, direct(*ws, key, "-")) << key;
        std::int64_t sum = 0;
        for (const auto& o : report->byOwner)
            sum += figure(o.figures, key).filled;
        EXPECT_EQ(sum, f.filled) << key;
    }
    ASSERT_EQ(report->byOwner.size(), 4u); // am1, am2, am3, then the unassigned
    EXPECT_EQ(report->byOwner[0].username, "am1");
    EXPECT_EQ(report->byOwner[0].figures.customers, 10); // the archived X01 left out
    EXPECT_EQ(report->byOwner[2].username, "am3");
    EXPECT_FALSE(report->byOwner[3].ownerId.has_value());
    EXPECT_EQ(report->byOwner[3].figures.customers, 3);
    EXPECT_EQ(figure(report->byOwner[3].figures, "owner").filled, 0);
}

TEST_F(TestQualityService, EachFigureIsMarkedAgainstTheProfilesGoals) {
    auto ws = as("admin");
    auto report = QualityService(*ws).compute({});
    ASSERT_TRUE(report.ok()) << report.error().message;
    EXPECT_DOUBLE_EQ(report->keyFieldGoal, 0.9);
    EXPECT_DOUBLE_EQ(report->tagCoverageGoal, 0.8);
    EXPECT_TRUE(*figure(report->overall, "name").meetsGoal);
    EXPECT_TRUE(*figure(report->overall, "channel").meetsGoal);   // 18/19
    EXPECT_FALSE(*figure(report->overall, "region").meetsGoal);   // 17/19 = 0.895
    EXPECT_FALSE(*figure(report->overall, "industry").meetsGoal); // 15/19
    EXPECT_FALSE(*report->overall.tags.meetsGoal);                // 14/19 = 0.737
    EXPECT_DOUBLE_EQ(report->overall.tags.goal, 0.8);
    // At the goal is meeting it: am1's region 9/10 and tags 8/10.
    const OwnerQuality* am1 = owner(*report, "am1");
    EXPECT_TRUE(*figure(am1->figures, "region").meetsGoal);
    EXPECT_TRUE(*am1->figures.tags.meetsGoal);
    EXPECT_FALSE(*figure(am1->figures, "industry").meetsGoal); // 8/10

    ASSERT_TRUE(ProfileService(*ws)
                    .edit({"governance.key_field_goal=0.75", "governance.tag_coverage_goal=0.7"},
                          "quality goals")
                    .ok());
    report = QualityService(*ws).compute({});
    ASSERT_TRUE(report.ok());
    EXPECT_DOUBLE_EQ(report->keyFieldGoal, 0.75);
    EXPECT_TRUE(*figure(report->overall, "industry").meetsGoal); // 0.789
    EXPECT_TRUE(*report->overall.tags.meetsGoal);                // 0.737
}

TEST_F(TestQualityService, OneOwnerOrTheUnassignedAlone) {
    auto ws = as("ana");
    QualityRequest one;
    one.owner = userId(*ws, "am2");
    auto report = QualityService(*ws).compute(one);
    ASSERT_TRUE(report.ok()) << report.error().message;
    EXPECT_EQ(report->overall.customers, 4);
    ASSERT_EQ(report->byOwner.size(), 1u);
    EXPECT_EQ(figure(report->overall, "industry").filled, 3);
    QualityRequest none;
    none.unassigned = true;
    report = QualityService(*ws).compute(none);
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report->overall.customers, 3);
    EXPECT_EQ(figure(report->overall, "owner").filled, 0);
    EXPECT_FALSE(*figure(report->overall, "owner").meetsGoal);
}

TEST_F(TestQualityService, ASupervisorSeesTheirTeamOnly) {
    auto ws = as("sup");
    auto report = QualityService(*ws).compute({});
    ASSERT_TRUE(report.ok()) << report.error().message;
    EXPECT_EQ(report->overall.customers, 14); // am1's 10 and am2's 4
    ASSERT_EQ(report->byOwner.size(), 2u);
    EXPECT_EQ(report->byOwner[0].username, "am1");
    EXPECT_EQ(report->byOwner[1].username, "am2");
    EXPECT_EQ(report->overall.tags.filled, 11);

    const auto before = count(*ws, "SELECT COUNT(*) FROM audit_log WHERE action = 'quality.read' "
                                   "AND outcome = 'refused'");
    QualityRequest other;
    other.owner = userId(*ws, "am3");
    auto refused = QualityService(*ws).compute(other);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
    QualityRequest none;
    none.unassigned = true;
    EXPECT_EQ(QualityService(*ws).incomplete(QualityField::Tags, none, 10).error().code,
              ErrorCode::PermissionDenied);
    EXPECT_EQ(count(*ws, "SELECT COUNT(*) FROM audit_log WHERE action = 'quality.read' AND "
                         "outcome = 'refused'"),
              before + 2);

    auto sup2 = as("sup2");
    report = QualityService(*sup2).compute({});
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report->overall.customers, 2);
    auto tags = QualityService(*sup2).incomplete(QualityField::Tags, {}, 100);
    ASSERT_TRUE(tags.ok());
    EXPECT_EQ(codes(*tags), std::vector<std::string>{"C02"});
}

TEST_F(TestQualityService, AnAccountManagerIsRefusedAndTheRefusalAudited) {
    auto ws = as("am1");
    auto report = QualityService(*ws).compute({});
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.error().code, ErrorCode::PermissionDenied);
    EXPECT_FALSE(QualityService(*ws).incomplete(QualityField::Industry, {}, 10).ok());
    EXPECT_EQ(count(*ws, "SELECT COUNT(*) FROM audit_log WHERE action = 'quality.read' AND "
                         "outcome = 'refused' AND username = 'am1'"),
              2);
}

TEST_F(TestQualityService, TheIncompleteListNamesExactlyTheCustomersLackingTheField) {
    auto ws = as("admin");
    QualityService quality(*ws);
    auto tags = quality.incomplete(QualityField::Tags, {}, 100);
    ASSERT_TRUE(tags.ok()) << tags.error().message;
    EXPECT_EQ(codes(*tags), (std::vector<std::string>{"A09", "A10", "B02", "C02", "U03"}));
    EXPECT_EQ((*tags)[1].name, "Zhang Wei"); // administrators see names
    EXPECT_EQ((*tags)[1].owner, "am1");
    EXPECT_EQ((*tags)[4].owner, "");
    for (const auto& [key, missing] : test::qualityMissingConditions()) {
        auto rows = quality.incomplete(*QualityService::fieldByKey(key), {}, 100);
        ASSERT_TRUE(rows.ok()) << key;
        EXPECT_EQ(
            static_cast<std::int64_t>(rows->size()),
            count(*ws, "SELECT COUNT(*) FROM customers WHERE archived = 0 AND (" + missing + ")"))
            << key;
    }
    auto industry = quality.incomplete(QualityField::Industry, {}, 100);
    EXPECT_EQ(codes(*industry), (std::vector<std::string>{"A02", "A03", "B02", "U02"}));

    QualityRequest am1;
    am1.owner = userId(*ws, "am1");
    EXPECT_EQ(codes(*quality.incomplete(QualityField::Tags, am1, 100)),
              (std::vector<std::string>{"A09", "A10"}));
    QualityRequest none;
    none.unassigned = true;
    EXPECT_EQ(codes(*quality.incomplete(QualityField::Tags, none, 100)),
              std::vector<std::string>{"U03"});
    EXPECT_EQ(codes(*quality.incomplete(QualityField::Tags, {}, 2)),
              (std::vector<std::string>{"A09", "A10"}));
    EXPECT_EQ(quality.incomplete(QualityField::Tags, {}, 0).error().code,
              ErrorCode::InvalidArgument);
    // Audited by field and scope, with ids and counts only: the first list
    // of every customer without tags and the loop's.
    EXPECT_EQ(count(*ws, "SELECT COUNT(*) FROM audit_log WHERE action = 'quality.read' AND "
                         "object_type = 'quality' AND object_id = 'tags' AND outcome = 'ok' AND "
                         "detail = 'owner=all listed=5'"),
              2);
}

TEST_F(TestQualityService, AnAnalystSeesPersonsNamesMasked) {
    auto ws = as("ana");
    auto rows = QualityService(*ws).incomplete(QualityField::PhoneOrEmail, {}, 100);
    ASSERT_TRUE(rows.ok()) << rows.error().message;
    ASSERT_EQ(codes(*rows), (std::vector<std::string>{"A04", "B03"}));
    EXPECT_EQ((*rows)[0].name, "Company"); // a company's name is no person's
    EXPECT_EQ((*rows)[1].name, CustomerRules::initials("Li Na"));
    EXPECT_NE((*rows)[1].name, "Li Na");
}

TEST_F(TestQualityService, TheCountReportsProgressAndStopsWhenCancelled) {
    auto ws = as("admin");
    std::vector<int> percents;
    std::atomic_bool cancel{false};
    JobControl job([&](int percent, const std::string&) { percents.push_back(percent); }, &cancel);
    ASSERT_TRUE(QualityService(*ws).compute({}, job).ok());
    ASSERT_GE(percents.size(), 6u); // ids 1 to 300000 in ranges of 50000
    EXPECT_TRUE(std::is_sorted(percents.begin(), percents.end()));
    EXPECT_EQ(percents.back(), 100);
    cancel = true;
    auto cancelled = QualityService(*ws).compute({}, job);
    ASSERT_FALSE(cancelled.ok());
    EXPECT_EQ(cancelled.error().code, ErrorCode::Cancelled);
}

TEST_F(TestQualityService, FieldNamesRoundTripAndAliasesResolve) {
    for (QualityField f : QualityService::keyFields())
        EXPECT_EQ(QualityService::fieldByKey(QualityService::fieldKey(f)), f);
    EXPECT_EQ(QualityService::fieldByKey("tags"), QualityField::Tags);
    EXPECT_EQ(QualityService::fieldByKey("kind"), QualityField::Kind);
    EXPECT_EQ(QualityService::fieldByKey("acquisition_channel"), QualityField::Channel);
    EXPECT_FALSE(QualityService::fieldByKey("colour").has_value());
}

} // namespace
